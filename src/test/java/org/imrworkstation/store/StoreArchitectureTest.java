package org.imrworkstation.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The store is a service layer for the CLI and the window alike: no JavaFX, no command-line code. */
class StoreArchitectureTest {

    private static final Pattern FORBIDDEN = Pattern.compile(
            "^import\\s+(?:static\\s+)?(javafx\\.|picocli\\.|org\\.imrworkstation\\.(?:cli|review|export|app)\\.)");

    @Test
    void storeImportsNoJavaFxAndNoCli() throws IOException {
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/imrworkstation/store"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (FORBIDDEN.matcher(line.strip()).find()) {
                        offences.add(f.getFileName() + ": " + line.strip());
                    }
                }
            }
        }
        assertThat(offences).isEmpty();
    }
}

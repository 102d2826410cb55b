package org.imrworkstation.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The core stays pure: the extractor and the record model import no JavaFX, no database and no
 * file APIs (the lexicon is read from the classpath, not from disk).
 */
class ArchitectureTest {

    private static final Pattern FORBIDDEN = Pattern.compile(
            "^import\\s+(?:static\\s+)?(javafx\\.|java\\.sql\\.|org\\.h2\\.|org\\.flywaydb\\.|java\\.nio\\.file\\."
                    + "|java\\.io\\.File|org\\.imrworkstation\\.(?:cli|letter|store|review|export|app)\\.)");

    @ParameterizedTest
    @ValueSource(strings = {"extract", "record", "check"})
    void corePackagesArePure(String pkg) throws IOException {
        Path dir = Path.of("src/main/java/org/imrworkstation", pkg);
        assertThat(dir).isDirectory();
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
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

    /** The review session logic runs without a window: no JavaFX, RichTextFX or ControlsFX, no review.ui. */
    @ParameterizedTest
    @ValueSource(strings = {"review", "store", "store/stats", "extract"})
    void noJavaFxBelowTheWindow(String pkg) throws IOException {
        Pattern fx = Pattern.compile("^import\\s+(?:static\\s+)?(javafx\\.|org\\.fxmisc\\.|org\\.controlsfx\\."
                + "|org\\.imrworkstation\\.review\\.ui\\.)");
        Path dir = Path.of("src/main/java/org/imrworkstation", pkg);
        assertThat(dir).isDirectory();
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f);
                for (String line : src.split("\n")) {
                    if (fx.matcher(line.strip()).find()) {
                        offences.add(f.getFileName() + ": " + line.strip());
                    }
                }
                if (src.contains("javafx.")) {
                    offences.add(f.getFileName() + ": names javafx. without an import");
                }
            }
        }
        assertThat(offences).isEmpty();
    }
}

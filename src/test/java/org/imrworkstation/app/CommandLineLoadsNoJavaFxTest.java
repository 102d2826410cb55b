package org.imrworkstation.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher decides before JavaFX loads: a subcommand runs in a JVM that never loads a JavaFX
 * class (checked with -verbose:class in a child JVM, so other tests' JavaFX does not count).
 */
class CommandLineLoadsNoJavaFxTest {

    @TempDir
    Path tmp;

    @Test
    void extractAndStatusLoadNoJavaFx() throws Exception {
        Path letter = tmp.resolve("a.txt");
        Files.writeString(letter, "HOW THE IMR FINAL DETERMINATION WAS MADE\nNorco 10/325mg #120: Upheld\n");
        for (List<String> args : List.of(List.of("extract", letter.toString()),
                List.of("status", "--db", tmp.resolve("db/imr").toString()))) {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-verbose:class", "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    "org.imrworkstation.app.Launcher"));
            cmd.addAll(args);
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(args + ": " + out.lines().filter(l -> !l.startsWith("[")).toList())
                    .isZero();
            assertThat(out).as(args.get(0)).contains("org.imrworkstation.cli.ImrCommand")
                    .doesNotContain("javafx.").doesNotContain("org.fxmisc").doesNotContain("org.controlsfx");
        }
    }
}

package org.imrworkstation.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CDS archive the build dumps next to the shaded jar (docs/decisions/0012). Runs in the
 * integration-test phase, after package made the jar and the archive (pom.xml). With -Xshare:on the
 * JVM refuses to start if it cannot map the archive, so an archive that does not fit the jar fails
 * here. Where the build could not dump one (it warns and goes on), these tests are skipped.
 */
class CdsArchiveIT {

    private static final Path JAR = Path.of(System.getProperty("cds.jar", "target/imr-workstation.jar"))
            .toAbsolutePath();
    private static final Path ARCHIVE = Path.of(System.getProperty("cds.archive", "target/imr-workstation.jsa"))
            .toAbsolutePath();

    @TempDir
    Path tmp;

    private String version;

    @BeforeEach
    void theJarIsBuilt() throws Exception {
        assertThat(JAR).as("the shaded jar (made in package, before this test)").exists();
        Run plain = run("-jar", JAR.toString(), "--version");
        assertThat(plain.exit).as(plain.out).isZero();
        version = plain.out;
        assertThat(version).startsWith("IMR Workstation ");
    }

    @Test
    void theArchiveMapsAndHoldsTheWindowClasses() throws Exception {
        assumeTrue(Files.exists(ARCHIVE), "no " + ARCHIVE + " (the build's CDS dump failed or was skipped)");
        Run print = run("-Xshare:on", "-XX:SharedArchiveFile=" + ARCHIVE, "-XX:+PrintSharedArchiveAndExit",
                "-jar", JAR.toString());
        assertThat(print.exit).as(String.join("\n", print.out.lines().filter(l -> !l.contains(" app_loader")
                && !l.contains(" boot_loader") && !l.contains(" platform_loader")).toList())).isZero();
        assertThat(print.out).contains("archive is valid")
                .contains(": org.imrworkstation.app.Launcher app_loader")
                .contains(": org.imrworkstation.review.ui.MainWindow app_loader")
                .contains(": org.imrworkstation.review.ui.LetterPane app_loader")
                .contains(": javafx.scene.control.MenuBar app_loader")
                .contains(": org.fxmisc.richtext.GenericStyledArea app_loader")
                .contains(": java.lang.Object boot_loader");
    }

    @Test
    void theJarStartsWithTheArchiveAndLoadsItsClassesFromIt() throws Exception {
        assumeTrue(Files.exists(ARCHIVE), "no " + ARCHIVE + " (the build's CDS dump failed or was skipped)");
        Run on = run("-Xshare:on", "-XX:SharedArchiveFile=" + ARCHIVE, "-Xlog:class+load=info",
                "-jar", JAR.toString(), "--version");
        assertThat(on.exit).as(on.out).isZero();
        assertThat(on.out).contains("org.imrworkstation.app.Launcher source: shared objects file")
                .contains(version);
    }

    @Test
    void aMissingArchiveIsIgnoredSilently() throws Exception {
        Run missing = run("-XX:SharedArchiveFile=" + tmp.resolve("none.jsa"), "-jar", JAR.toString(), "--version");
        assertThat(missing.exit).isZero();
        assertThat(missing.out).isEqualTo(version);
    }

    @Test
    void anArchiveForAnotherJarIsIgnoredSilently() throws Exception {
        assumeTrue(Files.exists(ARCHIVE), "no " + ARCHIVE + " (the build's CDS dump failed or was skipped)");
        // what a stale archive looks like to the JVM: the recorded jar is not the one on the class path
        Path copy = Files.copy(JAR, tmp.resolve("imr-workstation.jar"));
        Run stale = run("-XX:SharedArchiveFile=" + ARCHIVE, "-jar", copy.toString(), "--version");
        assertThat(stale.exit).isZero();
        assertThat(stale.out).isEqualTo(version);
    }

    private record Run(int exit, String out) {
    }

    /** A child JVM (the JDK running the tests, as the build's dump used Maven's), stdout and stderr together. */
    private static Run run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(String.join(" ", cmd)).isTrue();
        return new Run(p.exitValue(), out.strip());
    }
}

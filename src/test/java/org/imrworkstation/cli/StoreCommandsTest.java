package org.imrworkstation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imrworkstation.bench.SyntheticLetters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import, status, reextract and backup through the command line, on a real H2 file. */
class StoreCommandsTest {

    @TempDir
    Path tmp;

    @Test
    void importSkipsDuplicatesRecordsBadFilesAndStatusCountsThem() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("letters"));
        SyntheticLetters gen = SyntheticLetters.fromSamples();
        for (int i = 0; i < 4; i++) {
            Files.writeString(dir.resolve("l" + i + ".txt"), gen.letter(i), StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve("l4-copy.txt"), gen.letter(0), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 5, 6, 0, 0});
        String db = tmp.resolve("db").resolve("imr.mv.db").toString();

        CliRun first = CliRun.of("import", dir.toString(), "--db", db);
        assertThat(first.exitCode()).isEqualTo(2);
        assertThat(first.out()).contains("imported: 4\n", "duplicates skipped: 1\n", "failed: 2\n");
        assertThat(first.err().lines()).containsExactly(
                dir.resolve("binary.txt") + ": not a text file (binary content)",
                dir.resolve("empty.txt") + ": empty file");

        CliRun again = CliRun.of("import", dir.toString(), "--db", db);
        assertThat(again.out()).contains("imported: 0\n", "duplicates skipped: 5\n", "failed: 2\n");

        CliRun status = CliRun.of("status", "--db", db);
        assertThat(status.exitCode()).isZero();
        assertThat(status.out()).isEqualTo("letters: 4\nfailed: 2\nunreviewed: 4\nin progress: 0\nverified: 0\n"
                + "flagged: 0\nextractor versions: 1.0 (4)\n");
        assertThat(CliRun.of("status", "--json", "--db", db).out().strip()).isEqualTo("{\"letters\":4,\"failed\":2,"
                + "\"unreviewed\":4,\"in_progress\":0,\"verified\":0,\"flagged\":0,\"extractor_versions\":{\"1.0\":4}}");

        CliRun reextract = CliRun.of("reextract", "--db", db);
        assertThat(reextract.out()).isEqualTo("letters: 4\nadded: 0\nremoved: 0\nkept: 0\n");

        Path zip = tmp.resolve("backup.zip");
        CliRun backup = CliRun.of("backup", "--db", db, "--out", zip.toString());
        assertThat(backup.exitCode()).isZero();
        assertThat(backup.out()).startsWith("backed up ").contains(zip.toString());
        assertThat(zip).isNotEmptyFile();
        assertThat(CliRun.of("backup", "--db", db, "--out", zip.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void queueListsTheRiskiestLetterFirstWithItsFlags() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("letters"));
        String header = "Case Number:\nDate Assigned:\nDecision Date:\nPriority:\n\nCM16-0000001\n"
                + "12/01/2016\n12/20/2016\nStandard\n\nDate of Injury:\nUR Denial Date:\nApplication\nReceived:\n\n"
                + "03/02/2012\n11/20/2016\n12/01/2016\n\nHOW THE IMR FINAL DETERMINATION WAS MADE\n"
                + "IMR ISSUES, DECISIONS AND RATIONALES\n";
        String rationale = "\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2009.\n"
                + "Decision rationale: Baclofen is not indicated. The request is not medically necessary.\n";
        Files.writeString(dir.resolve("a-plain.txt"), header + "Baclofen 10mg #30: Upheld" + rationale);
        Files.writeString(dir.resolve("b-odd.txt"), header + "Baclofen 100mg #30: Upheld" + rationale);
        String db = tmp.resolve("db").resolve("imr").toString();
        assertThat(CliRun.of("import", dir.toString(), "--db", db).exitCode()).isZero();

        CliRun queue = CliRun.of("queue", "--db", db);
        assertThat(queue.exitCode()).isZero();
        java.util.List<String> lines = queue.out().lines().toList();
        assertThat(lines.get(0)).matches("\\s*\\d+\\s+1 UNREVIEWED\\s+b-odd.txt");
        assertThat(lines.get(1)).contains("WARNING STRENGTH_IMPLAUSIBLE", "100 mg");
        assertThat(lines.get(2)).matches("\\s*0\\s+0 UNREVIEWED\\s+a-plain.txt");
        assertThat(CliRun.of("queue", "--db", db, "--status", "VERIFIED").out()).isEmpty();
        CliRun bad = CliRun.of("queue", "--db", db, "--status", "DONE");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err().strip()).isEqualTo("error: --status DONE: expected ALL, UNREVIEWED, IN_PROGRESS,"
                + " VERIFIED or FLAGGED");
    }
}

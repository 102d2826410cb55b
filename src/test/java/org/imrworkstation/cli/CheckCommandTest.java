package org.imrworkstation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imrworkstation.record.RecordJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    private static final String LETTER = "HOW THE IMR FINAL DETERMINATION WAS MADE\n"
            + "IMR ISSUES, DECISIONS AND RATIONALES\n"
            + "The Final Determination was based on decisions for the disputed items/services set forth below:\n\n"
            + "Norco 10/325mg 1 tab PO q4h #180: Upheld\n\n"
            + "Decision rationale: Norco was used with a morphine equivalent dose of 120 mg. Therefore, the request "
            + "is not medically necessary.\n";

    @TempDir
    Path dir;

    @Test
    void printsOneLinePerFlagAndExitsZero() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), LETTER, StandardCharsets.UTF_8);
        Path b = Files.writeString(dir.resolve("b.txt"), LETTER.replace("120 mg", "60 mg"), StandardCharsets.UTF_8);
        CliRun run = CliRun.of("check", a.toString(), b.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).containsExactly(
                a + ": WARNING MED_MISMATCH: stated MED 120; computed 60 = Norco 10 mg x 6/day x 1",
                b + ": no flags");
    }

    @Test
    void jsonGivesOneObjectPerLetter() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), LETTER, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("check", "--json", a.toString());
        assertThat(run.exitCode()).isZero();
        JsonNode n = RecordJson.mapper().readTree(run.out().lines().findFirst().orElseThrow());
        assertThat(n.path("letter").asText()).isEqualTo("a.txt");
        assertThat(n.path("computed_med").asDouble()).isEqualTo(60.0);
        assertThat(n.path("flags").get(0).path("kind").asText()).isEqualTo("MED_MISMATCH");
        assertThat(n.path("flags").get(0).path("severity").asText()).isEqualTo("WARNING");
        assertThat(n.path("flags").get(0).path("where").get(0).path("start").isInt()).isTrue();
    }

    @Test
    void anUnreadableFileExitsTwo() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), LETTER, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("check", a.toString(), dir.resolve("missing.txt").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("missing.txt: no such file");
        assertThat(run.out()).contains("MED_MISMATCH");
    }
}

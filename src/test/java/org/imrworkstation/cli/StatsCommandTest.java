package org.imrworkstation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.imrworkstation.record.RecordJson;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.stats.StatsFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** stats through the command line on StatsFixture's history (figures worked out there), a real H2 file. */
class StatsCommandTest {

    @TempDir
    static Path tmp;

    static String db;

    @BeforeAll
    static void build() throws Exception {
        Path base = tmp.resolve("db/imr");
        try (Database d = Database.open(base)) {
            StatsFixture.build(d, tmp.resolve("letters"));
        }
        db = base.toString();
    }

    @Test
    void printsOneFigureALine() {
        CliRun run = CliRun.of("stats", "--db", db, "--zone", "UTC");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(String.join("\n",
                "verified: 6",
                "verified ann: 4",
                "verified bob: 2",
                "verified 2026-03-02 ann: 2",
                "verified 2026-03-02 bob: 1",
                "verified 2026-03-03 ann: 2",
                "verified 2026-03-04 bob: 1",
                "timed ann: 3",
                "median seconds ann: 90",
                "p90 seconds ann: 114",
                "timed bob: 2",
                "median seconds bob: 165",
                "p90 seconds bob: 273",
                "corrections: 4",
                "corrections DRUG SPURIOUS: 1",
                "corrections QUANTITY MISSED: 1",
                "corrections STRENGTH BOUNDARY: 1",
                "corrections STRENGTH VALUE: 1",
                "accepted STRENGTH: 0",
                "corrected STRENGTH: 2",
                "rejected STRENGTH: 0",
                "missed STRENGTH: 0",
                "error share STRENGTH: 1.000",
                "accepted DRUG: 2",
                "corrected DRUG: 0",
                "rejected DRUG: 1",
                "missed DRUG: 0",
                "error share DRUG: 0.333",
                "accepted QUANTITY: 0",
                "corrected QUANTITY: 0",
                "rejected QUANTITY: 0",
                "missed QUANTITY: 1",
                "error share QUANTITY: -",
                ""));
    }

    @Test
    void oneAnnotatorAsTheReadmeShowsIt() {
        CliRun run = CliRun.of("stats", "--db", db, "--zone", "UTC", "--annotator", "ann");
        assertThat(run.out()).startsWith(String.join("\n",
                "verified: 4",
                "verified ann: 4",
                "verified 2026-03-02 ann: 2",
                "verified 2026-03-03 ann: 2",
                "timed ann: 3",
                "median seconds ann: 90",
                "p90 seconds ann: 114",
                "corrections: 2",
                "corrections DRUG SPURIOUS: 1",
                "corrections STRENGTH VALUE: 1",
                "accepted STRENGTH: 0",
                "corrected STRENGTH: 1",
                ""));
        assertThat(run.out()).endsWith("error share DRUG: 0.333\n");
    }

    @Test
    void jsonIsOneObjectWithTheFilter() throws Exception {
        CliRun run = CliRun.of("stats", "--db", db, "--json", "--zone", "America/Los_Angeles",
                "--from", "2026-03-01", "--to", "2026-03-02", "--annotator", "bob");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).hasSize(1);
        JsonNode j = RecordJson.mapper().readTree(run.out());
        assertThat(j.get("from").asText()).isEqualTo("2026-03-01");
        assertThat(j.get("zone").asText()).isEqualTo("America/Los_Angeles");
        assertThat(j.get("annotator").asText()).isEqualTo("bob");
        // L4, verified 2026-03-02 05:00 UTC, is 03-01 in California; L5 (03-04) is outside the range
        assertThat(j.get("verified").asLong()).isEqualTo(1);
        assertThat(j.get("verified_per_day").toString())
                .isEqualTo("[{\"day\":\"2026-03-01\",\"annotator\":\"bob\",\"letters\":1}]");
        assertThat(j.get("seconds").toString()).isEqualTo(
                "[{\"annotator\":\"bob\",\"verified\":1,\"timed\":1,\"median\":30.0,\"p90\":30.0}]");
        // bob's span changes are dated 2026-03-04: outside the range
        assertThat(j.get("corrections").asLong()).isZero();
        assertThat(j.get("suggestions")).isEmpty();
    }

    @Test
    void aBackwardRangeOrABadDateIsOneLineNotATrace() {
        CliRun backward = CliRun.of("stats", "--db", db, "--from", "2026-03-04", "--to", "2026-03-01");
        assertThat(backward.exitCode()).isEqualTo(2);
        assertThat(backward.err()).startsWith("--to 2026-03-01 is before --from 2026-03-04\n").doesNotContain("Exception");
        CliRun bad = CliRun.of("stats", "--db", db, "--from", "March 1st");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err().lines().findFirst().orElseThrow())
                .isEqualTo("Invalid value for option '--from': 'March 1st' is not a date like 2026-03-31");
        CliRun zone = CliRun.of("stats", "--db", db, "--zone", "Pacific");
        assertThat(zone.exitCode()).isEqualTo(2);
        assertThat(zone.err().lines().findFirst().orElseThrow())
                .isEqualTo("Invalid value for option '--zone': 'Pacific' is not a time zone like America/Los_Angeles or UTC");
        assertThat(bad.err()).doesNotContain("\tat ");
    }
}

package org.imrworkstation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.imrworkstation.bench.SyntheticLetters;
import org.imrworkstation.bench.SyntheticPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extract command as a user runs it: files and folders, bad files, exit codes, streams. */
class ExtractCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path sample(int i, String name) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, SyntheticLetters.bundledSamples().get(i).text(), StandardCharsets.UTF_8);
        return f;
    }

    private static List<JsonNode> records(String out) throws Exception {
        List<JsonNode> list = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                list.add(JSON.readTree(line));
            }
        }
        return list;
    }

    @Test
    void extractsFilesInInputOrderAsJsonLines() throws Exception {
        Path b = sample(1, "b.txt");
        Path a = sample(0, "a.txt");
        CliRun run = CliRun.of("extract", b.toString(), a.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        List<JsonNode> recs = records(run.out());
        assertThat(recs).extracting(r -> r.get("letter").asText()).containsExactly("b.txt", "a.txt");
        JsonNode first = recs.get(0);
        assertThat(first.has("text")).isFalse();
        assertThat(first.get("spans").size()).isPositive();
        assertThat(first.get("items").size()).isPositive();
        assertThat(first.get("fields").has("injury_date")).isTrue();
    }

    @Test
    void withTextTheOffsetsQuoteTheText() throws Exception {
        Path a = sample(6, "a.txt");
        CliRun run = CliRun.of("extract", "--with-text", a.toString());
        JsonNode r = records(run.out()).get(0);
        String text = r.get("text").asText();
        for (JsonNode s : r.get("spans")) {
            assertThat(text.substring(s.get("start").asInt(), s.get("end").asInt())).isEqualTo(s.get("text").asText());
        }
    }

    @Test
    void aPdfGivesTheSameItemsAsItsText() throws Exception {
        String text = SyntheticLetters.bundledSamples().get(7).text();
        Path txt = dir.resolve("l.txt");
        Files.writeString(txt, text);
        Path pdf = dir.resolve("l.pdf");
        SyntheticPdf.write(text, pdf);
        List<JsonNode> recs = records(CliRun.of("extract", txt.toString(), pdf.toString()).out());
        assertThat(recs).hasSize(2);
        assertThat(recs.get(1).get("items")).isEqualTo(withoutEvidence(recs.get(0).get("items"), recs.get(1).get("items")));
        assertThat(recs.get(1).get("fields")).isEqualTo(recs.get(0).get("fields"));
    }

    /** Items compared without their evidence offsets, which differ between the two texts. */
    private static JsonNode withoutEvidence(JsonNode expected, JsonNode actual) {
        var copy = expected.deepCopy();
        for (int i = 0; i < copy.size() && i < actual.size(); i++) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) copy.get(i)).set("evidence_start", actual.get(i).get("evidence_start"));
            ((com.fasterxml.jackson.databind.node.ObjectNode) copy.get(i)).set("evidence_end", actual.get(i).get("evidence_end"));
        }
        return copy;
    }

    @Test
    void badFilesGetOneLineEachAndTheBatchGoesOn() throws Exception {
        Path good = sample(2, "good.txt");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\t\n");
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 5, 6, 7});
        Path notPdf = Files.writeString(dir.resolve("fake.pdf"), "hello");
        Path shopping = Files.writeString(dir.resolve("shopping.txt"), "eggs, milk and bread");
        Path missing = dir.resolve("missing.txt");
        CliRun run = CliRun.of("extract", good.toString(), empty.toString(), blank.toString(), binary.toString(),
                notPdf.toString(), missing.toString(), shopping.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(records(run.out())).extracting(r -> r.get("letter").asText())
                .containsExactly("good.txt", "shopping.txt");
        List<String> lines = run.err().lines().toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(empty.toString() + ": ").contains("empty"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(blank.toString() + ": ").contains("white space"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(binary.toString() + ": ").contains("not a text file"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(notPdf.toString() + ": ").contains("PDF"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(missing.toString() + ": ").contains("no such file"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(shopping.toString() + ": warning: "));
        assertThat(lines).last().asString().isEqualTo("5 of 7 files failed");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aDirectoryIsWalkedAndTheSizeLimitApplies() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("in/sub"));
        Files.writeString(sub.resolve("z.txt"), SyntheticLetters.bundledSamples().get(3).text());
        Files.writeString(dir.resolve("in/a.txt"), SyntheticLetters.bundledSamples().get(4).text());
        Files.writeString(dir.resolve("in/notes.md"), "not a letter file");
        CliRun run = CliRun.of("extract", dir.resolve("in").toString());
        assertThat(records(run.out())).extracting(r -> r.get("letter").asText()).containsExactly("a.txt", "z.txt");
        CliRun small = CliRun.of("extract", "--max-size", "1k", dir.resolve("in").toString());
        assertThat(small.exitCode()).isEqualTo(2);
        assertThat(small.err()).contains("file too large");
    }

    @Test
    void helpAndVersion() {
        CliRun help = CliRun.of("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("extract", "eval", "bench");
        CliRun version = CliRun.of("--version");
        assertThat(version.out()).startsWith("IMR Workstation ").contains("extractor");
        CliRun wrong = CliRun.of("extract");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("Missing required parameter");
    }
}

package org.imrworkstation.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.imrworkstation.record.SpanType;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.LetterStore;
import org.imrworkstation.store.Reason;
import org.imrworkstation.store.ReviewService;
import org.imrworkstation.store.ReviewStatus;
import org.imrworkstation.store.StoredLetter;
import org.imrworkstation.store.StoredSpan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV export on a real H2 file: what is exported, quoting, the formula guard, filters. */
class CsvExportTest {

    @TempDir
    Path tmp;

    Database db;
    List<Long> ids;
    StoredSpan rejected;
    StoredSpan edited;

    @BeforeEach
    void setUp() throws Exception {
        db = Database.open(tmp.resolve("db/imr"));
        ids = ExportFixtures.importGenerated(db, tmp.resolve("letters"), 3);
        ReviewService ana = new ReviewService(db, "ana");
        StoredLetter first = new LetterStore(db).load(ids.get(0)).orElseThrow();
        rejected = first.spans().get(0);
        edited = first.spans().stream().filter(s -> s.type() == SpanType.DRUG).findFirst().orElseThrow();
        ana.rejectSpan(rejected.id(), Reason.SPURIOUS);
        ana.editSpan(edited.id(), edited.type(), edited.start(), edited.end(), "edited, \"quoted\"\nvalue", Reason.VALUE);
        ana.editField(ids.get(0), "reviewer_specialty", "=HYPERLINK(\"http://x\")");
        ana.editField(ids.get(0), "patient_sex", "-");
        ana.setReview(ids.get(0), ReviewStatus.VERIFIED, null, 60);
        // letter 2: in progress, one span accepted; letter 3: untouched
        StoredLetter second = new LetterStore(db).load(ids.get(1)).orElseThrow();
        new ReviewService(db, "bob").acceptSpan(second.spans().get(1).id());
        new ReviewService(db, "bob").setReview(ids.get(1), ReviewStatus.IN_PROGRESS, null, 5);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    Map<String, String> row(List<String> header, List<String> cells) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            m.put(header.get(i), cells.get(i));
        }
        return m;
    }

    List<Map<String, String>> rows(Path file) throws Exception {
        List<List<String>> all = CsvFiles.read(file);
        return all.subList(1, all.size()).stream().map(r -> row(all.get(0), r)).toList();
    }

    @Test
    void exportsTheReviewersVersionOnly() throws Exception {
        Path out = tmp.resolve("out");
        ExportSummary s = new CsvExport(db, new CsvExport.Options(false, false)).write(out, ExportFilter.ALL,
                ExportProgress.NONE);
        assertThat(CsvFiles.read(out.resolve("items.csv")).get(0)).containsExactlyElementsOf(CsvColumns.ITEMS);
        assertThat(CsvFiles.read(out.resolve("spans.csv")).get(0)).containsExactlyElementsOf(CsvColumns.SPANS);
        assertThat(CsvFiles.read(out.resolve("letters.csv")).get(0)).containsExactlyElementsOf(CsvColumns.LETTERS);

        List<Map<String, String>> spans = rows(out.resolve("spans.csv"));
        StoredLetter first = new LetterStore(db).load(ids.get(0)).orElseThrow();
        // verified letter: every span but the rejected one; letter 2: the one accepted; letter 3: none
        assertThat(spans.stream().filter(r -> r.get("letter_id").equals(ids.get(0).toString())))
                .hasSize(first.spans().size() - 1);
        assertThat(spans.stream().filter(r -> r.get("letter_id").equals(ids.get(1).toString()))).hasSize(1);
        assertThat(spans).noneMatch(r -> r.get("letter_id").equals(ids.get(2).toString()));
        assertThat(spans).noneMatch(r -> r.get("start").equals(Integer.toString(rejected.start()))
                && r.get("letter_id").equals(ids.get(0).toString()));
        Map<String, String> e = spans.stream().filter(r -> r.get("state").equals("EDITED")).findFirst().orElseThrow();
        assertThat(e.get("value")).isEqualTo("edited, \"quoted\"\nvalue"); // comma, quotes, newline survive
        assertThat(e.get("reason")).isEqualTo("VALUE");
        assertThat(e.get("annotator")).isEqualTo("ana");
        assertThat(spans).allMatch(r -> r.get("unjudged").equals("false"));
        // offsets point into the letter text
        for (Map<String, String> r : spans.stream().filter(r -> r.get("letter_id").equals(ids.get(0).toString())).toList()) {
            String text = first.text().substring(Integer.parseInt(r.get("start")), Integer.parseInt(r.get("end")));
            assertThat(FormulaGuard.guard(text)).isEqualTo(r.get("text"));
        }

        List<Map<String, String>> items = rows(out.resolve("items.csv"));
        assertThat(items).isNotEmpty().allMatch(r -> r.get("letter_id").equals(ids.get(0).toString()));
        assertThat(items).hasSize(first.items().size());
        Map<String, String> item = items.get(0);
        assertThat(item.get("reviewer_specialty")).isEqualTo("'=HYPERLINK(\"http://x\")"); // formula neutralised
        assertThat(item.get("patient_sex")).isEqualTo("'-");
        assertThat(item.get("review_status")).isEqualTo("VERIFIED");
        assertThat(item.get("annotator")).isEqualTo("ana");
        assertThat(item.get("verified_at")).isNotEmpty();
        assertThat(item.get("item")).isEqualTo("1");
        assertThat(Integer.parseInt(item.get("flag_count"))).isEqualTo(
                item.get("flags").isEmpty() ? 0 : item.get("flags").split(";").length);
        assertThat(items.stream().filter(r -> !r.get("drug").isEmpty()))
                .allMatch(r -> !r.get("drug_class").isEmpty());

        List<Map<String, String>> letters = rows(out.resolve("letters.csv"));
        assertThat(letters).extracting(r -> r.get("review_status"))
                .containsExactly("VERIFIED", "IN_PROGRESS", "UNREVIEWED");
        assertThat(letters.get(2).get("unjudged_left_out")).isNotEqualTo("0");
        assertThat(s.letters()).isEqualTo(3);
        assertThat(s.unjudgedLeftOut()).isPositive();
        // RFC 4180: CRLF line ends, UTF-8, no BOM
        byte[] bytes = Files.readAllBytes(out.resolve("items.csv"));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("letter_id,file,").contains("\r\n");
    }

    @Test
    void includeSuggestionsMarksThemAndFiltersSelectLetters() throws Exception {
        Path out = tmp.resolve("all");
        new CsvExport(db, new CsvExport.Options(true, false)).write(out, ExportFilter.ALL.withSuggestions(true),
                ExportProgress.NONE);
        List<Map<String, String>> spans = rows(out.resolve("spans.csv"));
        assertThat(spans).anyMatch(r -> r.get("unjudged").equals("true")
                && r.get("letter_id").equals(ids.get(2).toString()));
        assertThat(spans.stream().filter(r -> r.get("letter_id").equals(ids.get(0).toString())))
                .allMatch(r -> r.get("unjudged").equals("false"));
        assertThat(Files.readAllBytes(out.resolve("letters.csv"))).startsWith(0xEF, 0xBB, 0xBF); // --excel

        Path only = tmp.resolve("only");
        new CsvExport(db, new CsvExport.Options(false, true)).write(only,
                ExportFilter.ALL.withStatus(ReviewStatus.VERIFIED).withAnnotator("ana"), ExportProgress.NONE);
        List<Map<String, String>> letters = rows(only.resolve("letters.csv"));
        assertThat(letters).extracting(r -> r.get("letter_id")).containsExactly(ids.get(0).toString());
        assertThat(rows(only.resolve("items.csv")).get(0).get("reviewer_specialty"))
                .isEqualTo("=HYPERLINK(\"http://x\")"); // --raw
        new CsvExport(db, new CsvExport.Options(false, false)).write(tmp.resolve("none"),
                ExportFilter.ALL.withStatus(ReviewStatus.VERIFIED).withAnnotator("bob"), ExportProgress.NONE);
        assertThat(CsvFiles.read(tmp.resolve("none/letters.csv"))).hasSize(1);
    }

    @Test
    void formulaGuardRule() {
        assertThat(List.of("=1+2", "+1", "-5", "-", "@SUM(A1)", "\tx", "\rx").stream().map(FormulaGuard::guard)
                .collect(Collectors.toList())).allMatch(s -> s.startsWith("'"));
        assertThat(FormulaGuard.guard("5")).isEqualTo("5");
        assertThat(FormulaGuard.guard("a-b")).isEqualTo("a-b");
        assertThat(FormulaGuard.guard("")).isEmpty();
    }

    @Test
    void lettersCarryTheMedComputedFromTheirOpioidItems() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("med"));
        Files.writeString(dir.resolve("opioid.txt"), "HOW THE IMR FINAL DETERMINATION WAS MADE\n"
                + "IMR ISSUES, DECISIONS AND RATIONALES\n"
                + "Norco 10/325mg 1 tab PO TID #90: Upheld\n"
                + "MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Opioids.\n"
                + "Decision rationale: The request is not medically necessary.\n", StandardCharsets.UTF_8);
        try (var importer = new org.imrworkstation.store.LetterImporter(db, 10)) {
            var letter = new org.imrworkstation.letter.LetterReader(org.imrworkstation.letter.ReadOptions.defaults())
                    .read(dir.resolve("opioid.txt"));
            importer.add(new org.imrworkstation.store.ExtractedLetter(letter.name(), letter.source().toString(),
                    letter.sha256(), letter.text(), new org.imrworkstation.extract.Extractor().extract(letter.name(),
                    letter.text()), "1.0"));
        }
        long opioidId = new LetterStore(db).list(org.imrworkstation.store.LetterQuery.ALL, 0, 100).stream()
                .filter(l -> l.fileName().equals("opioid.txt")).findFirst().orElseThrow().id();
        new ReviewService(db, "ana").setReview(opioidId, ReviewStatus.VERIFIED, null, 10); // its suggestions stand
        Path out = tmp.resolve("out-med");
        new CsvExport(db, new CsvExport.Options(false, true)).write(out, ExportFilter.ALL, ExportProgress.NONE);
        Map<String, String> opioid = rows(out.resolve("letters.csv")).stream()
                .filter(r -> r.get("file").equals("opioid.txt")).findFirst().orElseThrow();
        // hydrocodone 10 mg x 3 a day x factor 1
        assertThat(Double.parseDouble(opioid.get("computed_med"))).isEqualTo(30.0);
        assertThat(rows(out.resolve("letters.csv"))).filteredOn(r -> !r.get("file").equals("opioid.txt"))
                .allSatisfy(r -> assertThat(r.get("computed_med")).isNotNull());
        // Norco is named only in its heading: a flag, exported until a clerk dismisses it
        assertThat(opioid.get("flags")).isEqualTo("DRUG_NOT_ELSEWHERE:warning");
        var flag = new org.imrworkstation.store.FlagStore(db).flags(opioidId).get(0);
        new ReviewService(db, "ana").dismissFlag(flag.id(), "named in the RFA, that is enough");
        Path again = tmp.resolve("out-med-2");
        new CsvExport(db, new CsvExport.Options(false, true)).write(again, ExportFilter.ALL, ExportProgress.NONE);
        Map<String, String> after = rows(again.resolve("letters.csv")).stream()
                .filter(r -> r.get("file").equals("opioid.txt")).findFirst().orElseThrow();
        assertThat(after.get("flag_count")).isEqualTo("0");
        assertThat(after.get("flags")).isEmpty();
    }
}

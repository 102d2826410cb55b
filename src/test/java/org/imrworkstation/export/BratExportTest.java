package org.imrworkstation.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imrworkstation.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** brat export read back: code point offsets (non-BMP text), fragments for spans across lines, notes. */
class BratExportTest {

    @TempDir
    Path tmp;

    @Test
    void annReadsBackToTheSameSpans() throws Exception {
        String text = "Patient \uD83D\uDE00 takes Norco 10/325 mg #120.\nInjured on September\n8, 2006, \uD835\uDC9C ok.";
        int norco = text.indexOf("Norco");
        int date = text.indexOf("September");
        int dateEnd = text.indexOf("2006") + 4;
        int qty = text.indexOf("#120");
        String record = "{\"letter\":\"dir/emoji letter.txt\",\"text\":" + json(text) + ",\"spans\":["
                + span("DRUG", norco, norco + 5, text, "acetaminophen/hydrocodone") + ","
                + span("QUANTITY", qty, qty + 4, text, "120") + ","
                + span("DATE", date, dateEnd, text, "2006-09-08") + "]}\n";
        Path jsonl = Files.writeString(tmp.resolve("in.jsonl"), record + record.replace("emoji letter", "other"));
        Path dir = tmp.resolve("brat");
        try (Database db = Database.open(tmp.resolve("db/imr"))) {
            new AnnotationImport(db, "ana", false, true).run(jsonl, ExportProgress.NONE);
            // the second record has the same text, hence the same sha256: a duplicate
            new BratExport(db).write(dir, ExportFilter.ALL, ExportProgress.NONE);
        }
        assertThat(Files.readString(dir.resolve("emoji_letter.txt"), StandardCharsets.UTF_8)).isEqualTo(text);
        assertThat(dir.resolve("annotation.conf")).content().contains("[entities]", "DRUG", "PAIN_SCORE");
        String ann = Files.readString(dir.resolve("emoji_letter.ann"), StandardCharsets.UTF_8);
        int cpNorco = text.codePointCount(0, norco);
        assertThat(cpNorco).isEqualTo(norco - 1); // one surrogate pair before it
        assertThat(ann).contains("T1\tDRUG " + cpNorco + " " + (cpNorco + 5) + "\tNorco\n",
                "#1\tAnnotatorNotes T1\tacetaminophen/hydrocodone\n");

        List<BratAnn.Entity> back = BratAnn.parse(ann);
        assertThat(back).hasSize(3);
        int[] cps = text.codePoints().toArray();
        for (BratAnn.Entity e : back) {
            StringBuilder shown = new StringBuilder();
            for (int[] f : e.fragments()) {
                if (shown.length() > 0) {
                    shown.append(' ');
                }
                shown.append(new String(cps, f[0], f[1] - f[0])); // brat's (Python's) view of the .txt
            }
            assertThat(shown.toString()).isEqualTo(e.text());
        }
        BratAnn.Entity dateSpan = back.get(2);
        assertThat(dateSpan.type()).isEqualTo("DATE");
        assertThat(dateSpan.fragments()).hasSize(2); // "September" and "8, 2006" around the line break
        assertThat(dateSpan.text()).isEqualTo("September 8, 2006");
        assertThat(dateSpan.note()).isEqualTo("2006-09-08");
        int first = text.offsetByCodePoints(0, dateSpan.fragments().get(0)[0]);
        int last = text.offsetByCodePoints(0, dateSpan.fragments().get(1)[1]);
        assertThat(first).isEqualTo(date);
        assertThat(last).isEqualTo(dateEnd);
    }

    @Test
    void sameFileNamesGetTheLetterId() {
        assertThat(BratExport.name("a/b c.txt")).isEqualTo("b_c");
        assertThat(BratExport.name(".hidden")).isEqualTo("letter.hidden");
        assertThat(BratExport.name("CM16-0233904.pdf")).isEqualTo("CM16-0233904");
    }

    static String span(String type, int start, int end, String text, String value) {
        return "{\"type\":\"" + type + "\",\"start\":" + start + ",\"end\":" + end + ",\"text\":"
                + json(text.substring(start, end)) + ",\"value\":" + json(value) + "}";
    }

    static String json(String s) {
        try {
            return org.imrworkstation.record.RecordJson.mapper().writeValueAsString(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.imrworkstation.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.imrworkstation.record.Item;
import org.imrworkstation.record.LetterRecord;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.StoredItem;
import org.imrworkstation.store.StoredSpan;

/**
 * items.csv (one row per disputed item, the letter's fields repeated), spans.csv (one row per
 * span) and letters.csv (one row per letter) in a folder, streamed letter by letter.
 */
public final class CsvExport {

    /** --excel: a byte-order mark; --raw: no formula guard. */
    public record Options(boolean excel, boolean raw) {
    }

    private final Database db;
    private final Options options;

    public CsvExport(Database db, Options options) {
        this.db = db;
        this.options = options;
    }

    public ExportSummary write(Path dir, ExportFilter filter, ExportProgress progress) throws IOException {
        long started = System.nanoTime();
        Files.createDirectories(dir);
        long[] n = new long[2];
        LetterFlags flags = new LetterFlags(new org.imrworkstation.store.FlagStore(db).dismissedFindings());
        try (OutputStream io = Files.newOutputStream(dir.resolve("items.csv"));
             OutputStream so = Files.newOutputStream(dir.resolve("spans.csv"));
             OutputStream lo = Files.newOutputStream(dir.resolve("letters.csv"));
             CsvTable items = new CsvTable(io, CsvColumns.ITEMS, options.excel(), options.raw());
             CsvTable spans = new CsvTable(so, CsvColumns.SPANS, options.excel(), options.raw());
             CsvTable letters = new CsvTable(lo, CsvColumns.LETTERS, options.excel(), options.raw())) {
            new LetterStream(db, filter, true).forEach(stored -> {
                CorrectedLetter l = new CorrectedLetter(stored, filter.includeSuggestions());
                LetterRecord record = l.record();
                LetterFlags.Summary f = flags.of(stored.id(), record, stored.text());
                writeItems(items, l, record, f);
                writeSpans(spans, l);
                writeLetter(letters, l, f);
                n[1] += l.unjudgedLeftOut();
                progress.letters(++n[0]);
            });
            return new ExportSummary(n[0], items.rows(), spans.rows(), n[1], (System.nanoTime() - started) / 1e9);
        }
    }

    private static Object[] fieldCells(CorrectedLetter l) {
        return CsvColumns.LETTER_FIELDS.stream().map(name -> {
            String v = l.field(name);
            // the age is a number; anything else a reviewer typed stays text (and guarded)
            return name.equals("patient_age") && v != null && v.matches("\\d{1,3}") ? (Object) Integer.valueOf(v) : v;
        }).toArray();
    }

    private static void writeItems(CsvTable out, CorrectedLetter l, LetterRecord record, LetterFlags.Summary f) {
        Object[] fields = fieldCells(l);
        var s = l.stored();
        for (int k = 0; k < l.items().size(); k++) {
            StoredItem si = l.items().get(k);
            Item it = record.items().get(k);
            Object[] row = new Object[CsvColumns.ITEMS.size()];
            int i = 0;
            row[i++] = s.id();
            row[i++] = s.fileName();
            row[i++] = s.sha256();
            for (Object v : fields) {
                row[i++] = v;
            }
            row[i++] = k + 1;
            row[i++] = it.treatment();
            row[i++] = it.drug();
            row[i++] = DrugClasses.of(it.drug());
            row[i++] = it.strength();
            row[i++] = it.quantity();
            row[i++] = it.refills();
            row[i++] = it.decision() == null ? null : it.decision().name();
            row[i++] = String.join(",", it.guidelines());
            row[i++] = it.pages();
            row[i++] = it.frequency();
            row[i++] = it.dailyDose();
            row[i++] = it.evidenceStart();
            row[i++] = it.evidenceEnd();
            row[i++] = si.state().name();
            row[i++] = l.unjudged(si.state());
            row[i++] = s.review().status().name();
            row[i++] = s.review().annotator();
            row[i++] = time(s.review().verifiedAt());
            row[i++] = f.count();
            row[i] = f.joined();
            out.row(row);
        }
    }

    private static void writeSpans(CsvTable out, CorrectedLetter l) {
        var s = l.stored();
        for (StoredSpan sp : l.spans()) {
            out.row(s.id(), s.fileName(), s.sha256(), sp.type().name(), sp.start(), sp.end(), sp.text(), sp.value(),
                    sp.origin().name(), sp.state().name(), sp.reason() == null ? null : sp.reason().name(),
                    sp.annotator(), l.unjudged(sp.state()));
        }
    }

    private static void writeLetter(CsvTable out, CorrectedLetter l, LetterFlags.Summary f) {
        var s = l.stored();
        Object[] row = new Object[CsvColumns.LETTERS.size()];
        int i = 0;
        row[i++] = s.id();
        row[i++] = s.fileName();
        row[i++] = s.sha256();
        row[i++] = s.layout();
        row[i++] = s.extractorVersion();
        for (Object v : fieldCells(l)) {
            row[i++] = v;
        }
        row[i++] = s.review().status().name();
        row[i++] = s.review().annotator();
        row[i++] = time(s.review().verifiedAt());
        row[i++] = s.review().secondsSpent();
        row[i++] = s.review().comment();
        row[i++] = l.items().size();
        row[i++] = l.spans().size();
        row[i++] = l.unjudgedLeftOut();
        row[i++] = f.computedMed();
        row[i++] = f.count();
        row[i] = f.joined();
        out.row(row);
    }

    static String time(OffsetDateTime t) {
        return t == null ? null : t.toString();
    }
}

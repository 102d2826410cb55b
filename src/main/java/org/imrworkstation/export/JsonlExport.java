package org.imrworkstation.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imrworkstation.record.RecordJson;
import org.imrworkstation.store.Database;

/** Letter records with their text, one JSON object a line (UTF-8, LF), streamed letter by letter. */
public final class JsonlExport {

    private static final ObjectWriter WRITER = RecordJson.mapper().writerFor(ExportRecord.class)
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final ObjectReader READER = RecordJson.mapper().readerFor(ExportRecord.class);

    private final Database db;

    public JsonlExport(Database db) {
        this.db = db;
    }

    public ExportSummary write(Path file, ExportFilter filter, ExportProgress progress) throws IOException {
        long started = System.nanoTime();
        long[] n = new long[4];
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new LetterStream(db, filter, true).forEach(stored -> {
                CorrectedLetter l = new CorrectedLetter(stored, filter.includeSuggestions());
                ExportRecord r = ExportRecord.of(l);
                try {
                    out.write(line(r));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                n[1] += r.items().size();
                n[2] += r.spans().size();
                n[3] += l.unjudgedLeftOut();
                progress.letters(++n[0]);
            });
        }
        return new ExportSummary(n[0], n[1], n[2], n[3], (System.nanoTime() - started) / 1e9);
    }

    /** One record as one line of JSON, without the line end. */
    public static String line(ExportRecord r) {
        try {
            return WRITER.writeValueAsString(r);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write record " + r.letter(), e);
        }
    }

    public static ExportRecord parse(String line) throws JsonProcessingException {
        return READER.readValue(line);
    }
}

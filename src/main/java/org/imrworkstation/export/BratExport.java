package org.imrworkstation.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.imrworkstation.record.SpanType;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.StoredSpan;

/**
 * A brat folder: per letter NAME.txt (the letter text exactly, UTF-8) and NAME.ann (its exported
 * spans, values as AnnotatorNotes), plus annotation.conf listing the span types. NAME is the
 * letter's file name without extension; a name already used gets "_ID" (the letter id) added.
 * Items and letter fields have no place in brat's model and are not written.
 */
public final class BratExport {

    private final Database db;

    public BratExport(Database db) {
        this.db = db;
    }

    public ExportSummary write(Path dir, ExportFilter filter, ExportProgress progress) throws IOException {
        long started = System.nanoTime();
        Files.createDirectories(dir);
        writeConf(dir);
        Set<String> used = new HashSet<>();
        long[] n = new long[3];
        new LetterStream(db, filter, true).forEach(stored -> {
            CorrectedLetter l = new CorrectedLetter(stored, filter.includeSuggestions());
            String name = name(stored.fileName());
            if (!used.add(name)) {
                name = name + "_" + stored.id();
                used.add(name);
            }
            String text = stored.text();
            BratAnn.CodePoints cp = new BratAnn.CodePoints(text);
            StringBuilder ann = new StringBuilder();
            int k = 0;
            for (StoredSpan s : l.spans()) {
                ann.append(BratAnn.lines(++k, s.type().name(), text, cp, s.start(), s.end(), s.value()));
            }
            try {
                Files.writeString(dir.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
                Files.writeString(dir.resolve(name + ".ann"), ann, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            n[1] += l.spans().size();
            n[2] += l.unjudgedLeftOut();
            progress.letters(++n[0]);
        });
        return new ExportSummary(n[0], 0, n[1], n[2], (System.nanoTime() - started) / 1e9);
    }

    /** The file name without extension, with characters that are unsafe in file names replaced. */
    static String name(String path) {
        String fileName = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        String safe = stem.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return safe.isEmpty() || safe.startsWith(".") ? "letter" + safe : safe;
    }

    private static void writeConf(Path dir) throws IOException {
        StringBuilder conf = new StringBuilder("# span types of the IMR annotation guidelines (v1 and additions)\n"
                + "[entities]\n");
        for (SpanType t : SpanType.values()) {
            conf.append(t.name()).append('\n');
        }
        conf.append("[relations]\n<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n[events]\n[attributes]\n");
        Files.writeString(dir.resolve("annotation.conf"), conf, StandardCharsets.UTF_8);
    }
}

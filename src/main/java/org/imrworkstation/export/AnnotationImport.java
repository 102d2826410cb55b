package org.imrworkstation.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import org.imrworkstation.record.Span;
import org.imrworkstation.store.AnnotatedLetterWriter;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.ReviewStatus;

/**
 * import --annotations FILE.jsonl: letter records that carry their text and annotations (an
 * export, a gold set, another tool's output) stored as they are. The whole file is checked first,
 * so a bad line stops the import before anything is stored: "FILE:LINE: what is wrong".
 */
public final class AnnotationImport {

    /** What an annotation import did. */
    public record Summary(long imported, long duplicates) {
    }

    private final Database db;
    private final String annotator;
    private final boolean asSuggestions;
    private final boolean verified;

    /**
     * @param annotator     attributed to records without a review (and their annotations)
     * @param asSuggestions store spans, items and fields as suggestions to review
     * @param verified      records without a review are stored as VERIFIED by {@code annotator}
     */
    public AnnotationImport(Database db, String annotator, boolean asSuggestions, boolean verified) {
        this.db = db;
        this.annotator = annotator;
        this.asSuggestions = asSuggestions;
        this.verified = verified;
    }

    public Summary run(Path file, ExportProgress progress) {
        read(file, (n, r) -> { }); // check every line before storing any
        long[] counts = new long[2];
        OffsetDateTime now = OffsetDateTime.now(java.time.ZoneOffset.UTC);
        try (AnnotatedLetterWriter writer = new AnnotatedLetterWriter(db, 200, annotator, asSuggestions)) {
            read(file, (n, r) -> {
                ExportRecord.ReviewInfo review = r.review();
                ReviewStatus status = review == null ? (verified ? ReviewStatus.VERIFIED : ReviewStatus.UNREVIEWED)
                        : ReviewStatus.valueOf(review.status());
                String who = review == null ? (verified ? annotator : null) : review.annotator();
                OffsetDateTime at = review == null ? (verified ? now : null)
                        : review.verifiedAt() == null ? null : OffsetDateTime.parse(review.verifiedAt());
                boolean added = writer.add(new AnnotatedLetterWriter.Annotated(r.letter(),
                        file.toAbsolutePath() + ":" + n, r.sha256() != null ? r.sha256() : sha256(r.text()),
                        r.layout() == null ? null : r.layout().name(), r.text(), r.toLetterRecord(), status, who, at));
                counts[added ? 0 : 1]++;
                progress.letters(counts[0] + counts[1]);
            });
        }
        return new Summary(counts[0], counts[1]);
    }

    interface RecordSink {
        void accept(int lineNo, ExportRecord record);
    }

    /** Reads and checks every record of the file, in order. */
    static void read(Path file, RecordSink sink) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                ExportRecord r;
                try {
                    r = JsonlExport.parse(line);
                } catch (JsonProcessingException e) {
                    String why = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
                    throw new ExportException(file + ":" + n + ": not a letter record: "
                            + why.lines().findFirst().orElse("").strip());
                }
                check(file, n, r);
                sink.accept(n, r);
            }
        } catch (NoSuchFileException e) {
            throw new ExportException(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new ExportException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new ExportException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static void check(Path file, int n, ExportRecord r) {
        String where = file + ":" + n + ": ";
        if (r.letter() == null || r.letter().isBlank()) {
            throw new ExportException(where + "record has no \"letter\" name");
        }
        if (r.text() == null) {
            throw new ExportException(where + r.letter() + " has no \"text\" (export with text, or extract --with-text)");
        }
        for (Span s : r.spans()) {
            if (s.type() == null) {
                throw new ExportException(where + r.letter() + ": span at " + s.start() + " has no type");
            }
            if (s.end() > r.text().length()) {
                throw new ExportException(where + r.letter() + ": span " + s.start() + ".." + s.end()
                        + " is past the end of the text (" + r.text().length() + ")");
            }
            String actual = r.text().substring(s.start(), s.end());
            if (!actual.equals(s.text())) {
                throw new ExportException(where + r.letter() + ": span " + s.start() + ".." + s.end() + " text \""
                        + s.text() + "\" is not the letter's \"" + actual + "\"");
            }
        }
        if (r.review() != null) {
            try {
                ReviewStatus.valueOf(String.valueOf(r.review().status()));
                if (r.review().verifiedAt() != null) {
                    OffsetDateTime.parse(r.review().verifiedAt());
                }
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new ExportException(where + r.letter() + ": bad review " + r.review());
            }
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

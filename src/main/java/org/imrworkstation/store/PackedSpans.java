package org.imrworkstation.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.imrworkstation.record.Span;
import org.imrworkstation.record.SpanType;

/**
 * A letter's span suggestions with their confidences as one byte string (table span_suggestions).
 * Types are written by name, not ordinal, so that a new or reordered {@link SpanType} cannot change
 * what a stored value means. A type no longer known is an error, not a silent drop: the letter
 * would lose a suggestion on its way to the clerk.
 */
final class PackedSpans {

    private static final int FORMAT = 1;

    /** One unpacked suggestion. */
    record Suggestion(Span span, float confidence) {
    }

    private PackedSpans() {
    }

    static byte[] pack(List<Span> spans, double[] confidences) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 + spans.size() * 24);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeInt(spans.size());
            for (int i = 0; i < spans.size(); i++) {
                Span s = spans.get(i);
                checkFits(s);
                out.writeUTF(s.type().name());
                out.writeInt(s.start());
                out.writeInt(s.end());
                out.writeUTF(s.text());
                out.writeBoolean(s.value() != null);
                if (s.value() != null) {
                    out.writeUTF(s.value());
                }
                out.writeFloat((float) confidences[i]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /**
     * The span table's column limits, checked when packing so that a letter that could never become
     * span rows fails at import, as it did when an import wrote the rows, not when a clerk opens it.
     */
    private static void checkFits(Span s) {
        if (s.text().length() > 4000 || s.value() != null && s.value().length() > 1000) {
            throw new StoreException("a " + s.type() + " span at " + s.start() + ".." + s.end()
                    + " is longer than the span table allows (text 4000, value 1000 characters)");
        }
    }

    static List<Suggestion> unpack(byte[] packed) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(packed))) {
            int format = in.readUnsignedByte();
            if (format != FORMAT) {
                throw new StoreException("packed span suggestions of an unknown format " + format
                        + " (a newer IMR Workstation wrote this database)");
            }
            int n = in.readInt();
            List<Suggestion> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                SpanType type = SpanType.valueOf(in.readUTF());
                int start = in.readInt();
                int end = in.readInt();
                String text = in.readUTF();
                String value = in.readBoolean() ? in.readUTF() : null;
                out.add(new Suggestion(new Span(type, start, end, text, value), in.readFloat()));
            }
            return out;
        } catch (IOException e) {
            throw new StoreException("packed span suggestions are damaged: " + e.getMessage(), e);
        }
    }
}

package org.imrworkstation.export;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One CSV file written a row at a time: RFC 4180 (comma, double quotes doubled, CRLF line ends, a
 * cell quoted when it holds a comma, quote or line break), UTF-8, a header row; {@code excel} puts
 * a byte-order mark first so that Excel reads UTF-8. Text cells pass through {@link FormulaGuard}
 * unless {@code raw}; numbers are written as they are. Null is an empty cell.
 */
public final class CsvTable implements Closeable {

    private static final CsvMapper MAPPER = new CsvMapper();

    private final Writer writer;
    private final CsvGenerator rows;
    private final int width;
    private final boolean raw;
    private long count;

    public CsvTable(OutputStream out, List<String> columns, boolean excel, boolean raw) {
        this.width = columns.size();
        this.raw = raw;
        try {
            writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            if (excel) {
                writer.write('\uFEFF');
            }
            CsvSchema.Builder b = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
            columns.forEach(b::addColumn);
            // the generator straight, not an ObjectWriter: a row is a few calls, no serializer lookup
            rows = MAPPER.getFactory().createGenerator(writer);
            rows.setSchema(b.build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row, cells in column order. */
    public void row(Object... cells) {
        if (cells.length != width) {
            throw new IllegalArgumentException(cells.length + " cells for " + width + " columns");
        }
        try {
            rows.writeStartArray();
            for (int i = 0; i < width; i++) {
                Object v = cells[i];
                if (v == null) {
                    rows.writeString("");
                } else if (v instanceof Number || v instanceof Boolean) {
                    rows.writeString(v.toString());
                } else {
                    rows.writeString(raw ? v.toString() : FormulaGuard.guard(v.toString()));
                }
            }
            rows.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        count++;
    }

    public long rows() {
        return count;
    }

    @Override
    public void close() {
        try {
            rows.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

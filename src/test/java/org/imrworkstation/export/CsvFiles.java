package org.imrworkstation.export;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Reads a CSV back as rows of cells (header first), as a spreadsheet would. */
final class CsvFiles {

    private CsvFiles() {
    }

    static List<List<String>> read(Path file) throws IOException {
        CsvMapper m = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> it = m.readerForListOf(String.class).readValues(file.toFile())) {
            return it.readAll();
        }
    }
}

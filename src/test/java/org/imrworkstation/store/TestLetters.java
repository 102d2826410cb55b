package org.imrworkstation.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.imrworkstation.bench.SyntheticLetters;
import org.imrworkstation.extract.Extractor;
import org.imrworkstation.letter.LetterReader;
import org.imrworkstation.letter.ReadOptions;

/** Generated letters for store tests: as files, or read and extracted ready to store. */
final class TestLetters {

    private static final SyntheticLetters GEN = SyntheticLetters.fromSamples();

    private TestLetters() {
    }

    static List<Path> write(Path dir, int from, int count) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            Path f = dir.resolve(String.format(Locale.ROOT, "letter-%05d.txt", i));
            Files.writeString(f, GEN.letter(i), StandardCharsets.UTF_8);
            files.add(f);
        }
        return files;
    }

    static ExtractedLetter extracted(Path file) throws Exception {
        var letter = new LetterReader(ReadOptions.defaults()).read(file);
        var record = new Extractor().extract(letter.name(), letter.text());
        return new ExtractedLetter(letter.name(), file.toString(), letter.sha256(), letter.text(), record,
                Extractor.VERSION);
    }

    /** A database with {@code count} generated letters; returns their ids in import order. */
    static List<Long> importInto(Database db, Path dir, int count) throws Exception {
        try (LetterImporter importer = new LetterImporter(db, 50)) {
            for (Path f : write(dir, 0, count)) {
                importer.add(extracted(f));
            }
        }
        List<Long> ids = new ArrayList<>();
        new LetterStore(db).list(LetterQuery.ALL, 0, 1000).forEach(s -> ids.add(s.id()));
        return ids;
    }
}

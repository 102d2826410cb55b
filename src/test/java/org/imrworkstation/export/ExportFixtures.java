package org.imrworkstation.export;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.imrworkstation.bench.SyntheticLetters;
import org.imrworkstation.cli.ImrCommand;
import org.imrworkstation.extract.Extractor;
import org.imrworkstation.letter.LetterReader;
import org.imrworkstation.letter.ReadOptions;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.ExtractedLetter;
import org.imrworkstation.store.LetterImporter;
import org.imrworkstation.store.LetterQuery;
import org.imrworkstation.store.LetterStore;

/** Letters for export tests: generated from the bundled samples, read and extracted, stored in a real H2 file. */
final class ExportFixtures {

    static final SyntheticLetters GEN = SyntheticLetters.fromSamples();

    private ExportFixtures() {
    }

    /** Writes {@code count} generated letters as .txt files and returns them. */
    static List<Path> write(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path f = dir.resolve(String.format(Locale.ROOT, "letter-%03d.txt", i));
            Files.writeString(f, GEN.letter(i), StandardCharsets.UTF_8);
            files.add(f);
        }
        return files;
    }

    /** Stores the files (read and extracted as import does); returns the letter ids in order. */
    static List<Long> importFiles(Database db, List<Path> files) throws Exception {
        try (LetterImporter importer = new LetterImporter(db, 50)) {
            for (Path f : files) {
                var letter = new LetterReader(ReadOptions.defaults()).read(f);
                var record = new Extractor().extract(letter.name(), letter.text());
                importer.add(new ExtractedLetter(letter.name(), f.toString(), letter.sha256(), letter.text(), record,
                        Extractor.VERSION));
            }
        }
        List<Long> ids = new ArrayList<>();
        new LetterStore(db).list(LetterQuery.ALL, 0, 1000).forEach(s -> ids.add(s.id()));
        return ids;
    }

    static List<Long> importGenerated(Database db, Path dir, int count) throws Exception {
        return importFiles(db, write(dir, count));
    }

    /** Runs the command line in-process. */
    record Run(int exitCode, String out, String err) {
        static Run of(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = ImrCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
            return new Run(code, out.toString(), err.toString());
        }
    }
}

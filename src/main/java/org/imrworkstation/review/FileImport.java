package org.imrworkstation.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.imrworkstation.bench.SyntheticLetters;
import org.imrworkstation.extract.Extractor;
import org.imrworkstation.letter.Letter;
import org.imrworkstation.letter.LetterReadException;
import org.imrworkstation.letter.LetterReader;
import org.imrworkstation.letter.ReadOptions;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.ExtractedLetter;
import org.imrworkstation.store.LetterImporter;

/**
 * The window's import: files and folders read, extracted and stored as the import command does,
 * one letter at a time (the window's imports are small; the command line's is the parallel one),
 * with progress and a way to stop between letters. Letters stored before a cancel stay stored.
 */
public final class FileImport {

    /** What an import did; {@code failures} are "file: reason" lines. */
    public record Result(int imported, int duplicates, int failed, List<String> failures, boolean cancelled) {
    }

    public interface Progress {
        void update(int done, int total, String file);
    }

    private FileImport() {
    }

    public static Result run(Database db, List<Path> paths, Progress progress, BooleanSupplier cancelled)
            throws IOException {
        List<Path> files = LetterReader.expand(paths);
        LetterReader reader = new LetterReader(ReadOptions.defaults());
        Extractor extractor = new Extractor();
        int imported = 0;
        int duplicates = 0;
        List<String> failures = new ArrayList<>();
        try (LetterImporter importer = new LetterImporter(db, 50)) {
            for (int i = 0; i < files.size(); i++) {
                if (cancelled.getAsBoolean()) {
                    return new Result(imported, duplicates, failures.size(), failures, true);
                }
                Path f = files.get(i);
                progress.update(i, files.size(), String.valueOf(f.getFileName()));
                String source = f.toAbsolutePath().normalize().toString();
                try {
                    Letter l = reader.read(f);
                    var record = extractor.extract(l.name(), l.text());
                    var outcome = importer.add(new ExtractedLetter(l.name(), source, l.sha256(), l.text(), record,
                            Extractor.VERSION));
                    if (outcome == LetterImporter.Outcome.DUPLICATE) {
                        duplicates++;
                    } else {
                        imported++;
                    }
                } catch (LetterReadException e) {
                    failures.add(f.getFileName() + ": " + e.getMessage());
                    importer.failed(String.valueOf(f.getFileName()), source, e.getMessage());
                }
            }
            progress.update(files.size(), files.size(), "");
        }
        return new Result(imported, duplicates, failures.size(), failures, false);
    }

    /** Writes the sample letters bundled in the jar into {@code dir} (kept, so their source paths stay real). */
    public static List<Path> writeSamples(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (SyntheticLetters.Sample s : SyntheticLetters.bundledSamples()) {
            Path f = dir.resolve(s.name());
            if (!Files.exists(f)) {
                Files.writeString(f, s.text(), StandardCharsets.UTF_8);
            }
            out.add(f);
        }
        return out;
    }
}

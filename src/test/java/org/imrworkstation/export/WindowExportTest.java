package org.imrworkstation.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.imrworkstation.review.Exporter;
import org.imrworkstation.review.Exporter.Format;
import org.imrworkstation.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the window's File > Export items run: each format, with progress, and Cancel through progress. */
class WindowExportTest {

    @TempDir
    Path tmp;

    @Test
    void theWindowFindsTheExportAndEachFormatWritesWhatTheCommandWould() throws Exception {
        Exporter ex = ServiceLoader.load(Exporter.class).findFirst().orElseThrow();
        assertThat(ex).isInstanceOf(WindowExport.class);
        try (Database db = Database.open(tmp.resolve("db/imr"))) {
            ExportFixtures.importGenerated(db, tmp.resolve("letters"), 3);
            List<Double> seen = new ArrayList<>();
            Path csv = tmp.resolve(Format.CSV.suggestedName());
            String said = ex.export(db, Format.CSV, csv, seen::add);
            assertThat(csv.resolve("items.csv")).isNotEmptyFile();
            assertThat(csv.resolve("spans.csv")).isNotEmptyFile();
            assertThat(Files.readAllLines(csv.resolve("letters.csv"))).hasSize(4);
            assertThat(seen).isNotEmpty().isSorted().last().isEqualTo(1.0);
            assertThat(said).startsWith("3 letters, ").contains(" written to " + csv);

            Path jsonl = tmp.resolve(Format.JSONL.suggestedName());
            ex.export(db, Format.JSONL, jsonl, p -> { });
            Path cli = tmp.resolve("cli.jsonl");
            new JsonlExport(db).write(cli, ExportFilter.ALL, ExportProgress.NONE);
            assertThat(Files.readString(jsonl)).isEqualTo(Files.readString(cli)).isNotEmpty();

            Path brat = tmp.resolve(Format.BRAT.suggestedName());
            ex.export(db, Format.BRAT, brat, p -> { });
            try (Stream<Path> files = Files.list(brat)) {
                assertThat(files.map(f -> f.getFileName().toString()))
                        .filteredOn(n -> n.endsWith(".ann")).hasSize(3);
            }
        }
    }

    @Test
    void aFileWhereAFolderGoesAndAFolderWhereAFileGoesAreRefusedInWords() throws Exception {
        Exporter ex = new WindowExport();
        try (Database db = Database.open(tmp.resolve("db/imr"))) {
            Path file = Files.writeString(tmp.resolve("taken.csv"), "x");
            assertThatThrownBy(() -> ex.export(db, Format.CSV, file, p -> { })).isInstanceOf(IOException.class)
                    .hasMessage(file + " is a file: this export writes several files into a folder; choose a new name");
            assertThatThrownBy(() -> ex.export(db, Format.JSONL, tmp, p -> { })).isInstanceOf(IOException.class)
                    .hasMessage(tmp + " is a folder: this export writes one file; choose a file name");
            assertThat(Files.readString(file)).isEqualTo("x");
        }
    }

    @Test
    void progressThatThrowsCancellationStopsTheExport() throws Exception {
        Exporter ex = new WindowExport();
        try (Database db = Database.open(tmp.resolve("db/imr"))) {
            ExportFixtures.importGenerated(db, tmp.resolve("letters"), 5);
            List<Double> seen = new ArrayList<>();
            assertThatThrownBy(() -> ex.export(db, Format.JSONL, tmp.resolve("x.jsonl"), p -> {
                seen.add(p);
                if (seen.size() == 2) {
                    throw new CancellationException();
                }
            })).isInstanceOf(CancellationException.class);
            assertThat(seen).hasSize(2);
        }
    }
}

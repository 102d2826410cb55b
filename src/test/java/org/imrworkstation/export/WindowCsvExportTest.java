package org.imrworkstation.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.imrworkstation.review.Exporter;
import org.imrworkstation.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowCsvExportTest {

    @TempDir
    Path tmp;

    @Test
    void theWindowFindsTheCsvExportAndItWritesTheThreeFilesWithProgress() throws Exception {
        Exporter ex = ServiceLoader.load(Exporter.class).findFirst().orElseThrow();
        assertThat(ex).isInstanceOf(WindowCsvExport.class);
        try (Database db = Database.open(tmp.resolve("db/imr"))) {
            ExportFixtures.importGenerated(db, tmp.resolve("letters"), 3);
            List<Double> seen = new ArrayList<>();
            Path out = tmp.resolve(ex.suggestedName());
            ex.export(db, out, seen::add);
            assertThat(out.resolve("items.csv")).isNotEmptyFile();
            assertThat(out.resolve("spans.csv")).isNotEmptyFile();
            assertThat(Files.readAllLines(out.resolve("letters.csv"))).hasSize(4);
            assertThat(seen).isNotEmpty().isSorted().last().isEqualTo(1.0);

            Path file = Files.writeString(tmp.resolve("taken.csv"), "x");
            assertThatThrownBy(() -> ex.export(db, file, p -> { })).isInstanceOf(IOException.class)
                    .hasMessageContaining("is a file");
        }
    }
}

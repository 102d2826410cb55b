package org.imrworkstation.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrworkstation.cli.ImrCommand;
import org.imrworkstation.extract.Extractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of an import: the database holds whole letters only (each with all its
 * spans, items, fields and review), and running the import again completes it.
 */
class CrashTest {

    private static final int LETTERS = 300;
    private static final Pattern PROGRESS = Pattern.compile("^(\\d+) of \\d+ files");

    @TempDir
    Path tmp;

    @Test
    void killedImportLeavesWholeLettersAndResumes() throws Exception {
        Path dir = tmp.resolve("letters");
        List<Path> files = TestLetters.write(dir, 1000, LETTERS);
        Path base = tmp.resolve("db").resolve("imr");

        Process child = ChildJvm.start("import", dir.toString(), "--db", base.toString(), "--batch", "20",
                "--threads", "1", "--progress-every", "0");
        CompletableFuture<Integer> seen = CompletableFuture.supplyAsync(() -> killAfter(child, 100));
        int processedAtKill = seen.get(90, TimeUnit.SECONDS);
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(processedAtKill).as("killed mid-import").isBetween(100, LETTERS - 1);

        Set<String> distinct = new HashSet<>();
        for (Path f : files) {
            distinct.add(TestLetters.extracted(f).sha256());
        }
        try (Database db = Database.open(base)) {
            long stored = assertOnlyWholeLetters(db);
            assertThat(stored).isLessThan(distinct.size());
        }

        StringWriter out = new StringWriter();
        int code = ImrCommand.run(new String[] {"import", dir.toString(), "--db", base.toString()},
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        assertThat(code).isZero();
        assertThat(out.toString()).contains("failed: 0");
        try (Database db = Database.open(base)) {
            assertThat(assertOnlyWholeLetters(db)).isEqualTo(distinct.size());
        }
    }

    /** Reads the child's progress and kills it once {@code atLeast} letters went through. */
    private static int killAfter(Process child, int atLeast) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getErrorStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                Matcher m = PROGRESS.matcher(line);
                if (m.find() && Integer.parseInt(m.group(1)) >= atLeast) {
                    child.destroyForcibly();
                    return Integer.parseInt(m.group(1));
                }
            }
            return -1;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every stored letter has exactly what the extractor makes of it; returns how many there are. */
    private static long assertOnlyWholeLetters(Database db) throws Exception {
        LetterStore store = new LetterStore(db);
        Extractor extractor = new Extractor();
        long n = 0;
        for (LetterSummary s : store.list(LetterQuery.ALL, 0, 10_000)) {
            StoredLetter l = store.load(s.id()).orElseThrow();
            var record = extractor.extract(l.fileName(), l.text());
            assertThat(l.spans()).as(l.fileName()).hasSize(record.spans().size());
            assertThat(l.items()).as(l.fileName()).hasSize(record.items().size());
            assertThat(l.fields()).as(l.fileName()).hasSize(FieldNames.ALL.size());
            n++;
        }
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM letter l WHERE NOT EXISTS"
                     + " (SELECT 1 FROM review r WHERE r.letter_id = l.id) AND l.import_status = 'OK'")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
        assertThat(store.status().letters()).isEqualTo(n);
        return n;
    }
}

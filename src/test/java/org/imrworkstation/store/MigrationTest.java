package org.imrworkstation.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database made at schema V1 with data in it opens with the current code and loses nothing. */
class MigrationTest {

    @TempDir
    Path tmp;

    @Test
    void v1DatabaseWithDataOpensWithCurrentSchema() throws Exception {
        Path base = tmp.resolve("old");
        String url = "jdbc:h2:file:" + base + ";NON_KEYWORDS=VALUE";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO letter (id, sha256, file_name, source_path, layout, text, imported_at,"
                    + " extractor_version, import_status) VALUES (7, REPEAT('a', 64), 'a.txt', '/x/a.txt', 'FINAL_2014',"
                    + " 'Norco 10/325 mg: Upheld', CURRENT_TIMESTAMP, '0.9', 'OK')");
            st.executeUpdate("INSERT INTO review (letter_id, status, seconds_spent, updated_at)"
                    + " VALUES (7, 'VERIFIED', 30, CURRENT_TIMESTAMP)");
            st.executeUpdate("INSERT INTO span (letter_id, type, start_off, end_off, text, value, origin, state,"
                    + " annotator, created_at, updated_at) VALUES (7, 'DRUG', 0, 5, 'Norco', 'acetaminophen/hydrocodone',"
                    + " 'EXTRACTED', 'ACCEPTED', 'ann', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            st.executeUpdate("INSERT INTO change_log (at, annotator, letter_id, entity, entity_id, action,"
                    + " before_json, after_json) VALUES (CURRENT_TIMESTAMP, 'ann', 7, 'SPAN', 1, 'ACCEPT', '{}', '{}')");
            st.execute("SHUTDOWN");
        }

        try (Database db = Database.open(base)) {
            StoredLetter l = new LetterStore(db).load(7).orElseThrow();
            assertThat(l.text()).isEqualTo("Norco 10/325 mg: Upheld");
            assertThat(l.spans()).singleElement().satisfies(s -> assertThat(s.state()).isEqualTo(State.ACCEPTED));
            assertThat(l.review().status()).isEqualTo(ReviewStatus.VERIFIED);
            assertThat(new ReviewService(db, "ann").history(7)).hasSize(1);
            // V6 (corpus sort): the review row's item count and last change, filled from the rows they copy
            LetterSummary row = new LetterStore(db).list(LetterQuery.ALL, 0, 10).get(0);
            assertThat(row.items()).isZero();
            assertThat(row.lastChange()).isEqualTo(new ReviewService(db, "ann").history(7).get(0).at());
            assertThat(new LetterStore(db).list(LetterQuery.ALL.sortedBy(CorpusSort.LAST_CHANGE, true),
                    (LetterSummary) null, 10)).extracting(LetterSummary::id).containsExactly(7L);
            // V2 (checks): an old letter has no flags and risk 0 until it is re-extracted, and is in the queue
            assertThat(new FlagStore(db).flags(7)).isEmpty();
            assertThat(new FlagStore(db).byRisk(LetterQuery.ALL, null, 10)).singleElement()
                    .satisfies(e -> assertThat(e.risk()).isZero());
            new Reextractor(db, new org.imrworkstation.extract.Extractor()).run(n -> { });
            assertThat(new LetterStore(db).load(7).orElseThrow().spans()).filteredOn(s -> s.state() == State.ACCEPTED)
                    .hasSize(1);
            try (Connection c = db.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT MAX(\"version\") FROM \"flyway_schema_history\"")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(String.valueOf(Database.LATEST_MIGRATION));
            }
        }
    }
}

package org.imrworkstation.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database already at the newest schema opens without Flyway; every other one still goes through it. */
class MigrationShortcutTest {

    @TempDir
    Path tmp;

    @Test
    void theLatestMigrationConstantIsTheNewestMigrationFile() throws IOException {
        Pattern v = Pattern.compile("V(\\d+)__.*\\.sql");
        int newest;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            newest = files.map(f -> v.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow();
        }
        assertThat(Database.LATEST_MIGRATION).as("update Database.LATEST_MIGRATION with a new migration")
                .isEqualTo(newest);
    }

    void sql(Path base, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base.toAbsolutePath() + ";NON_KEYWORDS=VALUE",
                "sa", "");
             Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    @Test
    void anUpToDateDatabaseIsNotValidatedAgain() throws Exception {
        Path base = tmp.resolve("imr");
        Database.open(base).close();
        // Flyway would refuse this (checksum mismatch); a database already at the newest version is not re-checked
        sql(base, "UPDATE \"flyway_schema_history\" SET \"checksum\" = 42 WHERE \"version\" = '1'");
        try (Database db = Database.open(base)) {
            assertThat(new LetterStore(db).status().letters()).isZero();
        }
    }

    @Test
    void aFailedMigrationIsNotTakenForUpToDate() throws Exception {
        Path base = tmp.resolve("imr");
        Database.open(base).close();
        sql(base, "UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '2'");
        assertThatThrownBy(() -> Database.open(base)).isInstanceOf(StoreException.class)
                .hasMessageContaining("migration failed");
    }
}

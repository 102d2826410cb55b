package org.imrworkstation.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second process on an open database gets one clear line, not H2's lock stack trace. */
class LockTest {

    @TempDir
    Path tmp;

    @Test
    void secondProcessIsToldTheDatabaseIsInUse() throws Exception {
        Path base = tmp.resolve("imr");
        try (Database db = Database.open(base)) {
            Process child = ChildJvm.start("status", "--db", base + ".mv.db");
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.exitValue()).isEqualTo(3);
            assertThat(err.strip()).isEqualTo("error: database " + base + ".mv.db is in use by another process");
            assertThat(new LetterStore(db).status().letters()).isZero(); // the first is unharmed
        }
    }
}

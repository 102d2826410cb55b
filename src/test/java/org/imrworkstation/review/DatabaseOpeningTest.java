package org.imrworkstation.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening the window's database: plain files open at once, encrypted ones ask until the password is right. */
class DatabaseOpeningTest {

    @TempDir
    Path tmp;

    final List<String> asked = new ArrayList<>();

    DatabaseOpening.PasswordSource answers(String... passwords) {
        int[] next = {0};
        return (file, creating, problem) -> {
            asked.add(file.getFileName() + (creating ? " new" : "") + (problem == null ? "" : " / " + problem));
            return next[0] < passwords.length ? Optional.ofNullable(passwords[next[0]++]).map(String::toCharArray)
                    : Optional.empty();
        };
    }

    Path encrypted(String password) {
        Path base = tmp.resolve("enc/imr");
        Database.open(base, password.toCharArray()).close();
        return base;
    }

    @Test
    void aPlainDatabaseOpensWithoutAsking() {
        Path base = tmp.resolve("plain/imr");
        Database.open(base).close();
        new DatabaseOpening(Map.of(), answers()).open(base, false).close();
        new DatabaseOpening(Map.of(), answers()).open(base, true).close(); // an existing file's own form decides
        assertThat(asked).isEmpty();
        assertThat(Database.isEncrypted(base)).isFalse();
    }

    @Test
    void anEncryptedDatabaseAsksAgainAfterAWrongPassword() {
        Path base = encrypted("s3cret");
        assertThat(Database.isEncrypted(base)).isTrue();
        try (Database db = new DatabaseOpening(Map.of(), answers("guess", "s3cret")).open(base, false)) {
            assertThat(db.base()).isEqualTo(base);
        }
        assertThat(asked).containsExactly("imr.mv.db", "imr.mv.db / Wrong password. Try again.");
    }

    @Test
    void cancellingTheQuestionSaysTheFileIsEncrypted() {
        Path base = encrypted("s3cret");
        assertThatThrownBy(() -> new DatabaseOpening(Map.of(), answers("wrong")).open(base, false))
                .isInstanceOf(StoreException.class)
                .hasMessage("database " + tmp.resolve("enc/imr.mv.db") + " is encrypted and no password was given");
        assertThat(asked).hasSize(2);
    }

    @Test
    void thePasswordInTheEnvironmentIsUsedWithoutAsking() {
        Path base = encrypted("s3cret");
        new DatabaseOpening(Map.of("IMR_DB_PASSWORD", "s3cret"), answers()).open(base, false).close();
        assertThat(asked).isEmpty();
        assertThatThrownBy(() -> new DatabaseOpening(Map.of("IMR_DB_PASSWORD", "nope"), answers()).open(base, false))
                .isInstanceOf(StoreException.class).hasMessageContaining("wrong password");
    }

    @Test
    void aNewDatabaseIsCreatedEncryptedWhenAsked() {
        Path base = tmp.resolve("new/imr");
        new DatabaseOpening(Map.of(), answers("chosen")).open(base, true).close();
        assertThat(asked).containsExactly("imr.mv.db new");
        assertThat(Database.isEncrypted(base)).isTrue();
        assertThatThrownBy(() -> Database.open(base)).isInstanceOf(StoreException.class)
                .hasMessageContaining("encrypted");
        Database.open(base, "chosen".toCharArray()).close();
    }
}

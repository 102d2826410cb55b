package org.imrworkstation.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptionTest {

    @TempDir
    Path tmp;

    @Test
    void encryptedDatabaseNeedsItsPasswordAndHidesTheText() throws Exception {
        Path base = tmp.resolve("enc");
        try (Database db = Database.open(base, "s3cret pass".toCharArray())) {
            TestLetters.importInto(db, tmp.resolve("letters"), 1);
        }
        try (Database db = Database.open(base, "s3cret pass".toCharArray())) {
            assertThat(new LetterStore(db).status().letters()).isEqualTo(1);
        }
        assertThatThrownBy(() -> Database.open(base, "wrong".toCharArray()))
                .isInstanceOf(StoreException.class).hasMessageEndingWith("wrong password (or not encrypted)");
        assertThatThrownBy(() -> Database.open(base)).hasMessageContaining("encrypted (use --encrypt)");
        assertThat(new String(Files.readAllBytes(DbLocation.file(base)), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("Upheld").doesNotContain("UPHELD");
    }
}

package org.imrworkstation.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's shortcut tables say what the help card says (the card is built from the enums). */
class ShortcutTableTest {

    @Test
    void everyKeyOfBothListsIsInTheReadme() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        for (KeyAction k : KeyAction.values()) {
            assertThat(readme).contains("| " + k.keys + " | " + k.description);
        }
        for (AdjudicationKey k : AdjudicationKey.values()) {
            assertThat(readme).contains("| " + k.keys + " | " + k.description + " |");
        }
    }
}

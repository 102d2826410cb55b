package org.imrworkstation.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DbLocationTest {

    @Test
    void optionWinsAndMvDbSuffixIsDropped() {
        assertThat(DbLocation.resolve("/data/x/imr.mv.db", Map.of("IMR_DB", "/other"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/data/x/imr"));
        assertThat(DbLocation.resolve("/data/x/imr", Map.of(), "Linux", "/home/u")).isEqualTo(Path.of("/data/x/imr"));
    }

    @Test
    void environmentVariableComesNext() {
        assertThat(DbLocation.resolve(null, Map.of("IMR_DB", "/env/db.mv.db"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/env/db"));
    }

    @Test
    void perUserDataFolderByPlatform() {
        assertThat(DbLocation.resolve(null, Map.of(), "Linux", "/home/u"))
                .isEqualTo(Path.of("/home/u/.local/share/imr-workstation/imr"));
        assertThat(DbLocation.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/xdg/imr-workstation/imr"));
        assertThat(DbLocation.resolve(null, Map.of(), "Mac OS X", "/Users/u"))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/imr-workstation/imr"));
        assertThat(DbLocation.defaultFolder(Map.of("APPDATA", "/appdata"), "Windows 11", "/home/u"))
                .isEqualTo(Path.of("/appdata/imr-workstation"));
    }
}

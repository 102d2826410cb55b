package org.imrworkstation.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The launcher's choice between the window and the command line, made before JavaFX loads. */
class WindowOptionsTest {

    @Test
    void noArgumentsOrOnlyWindowOptionsOpenTheWindow() {
        assertThat(WindowOptions.parse(new String[0])).contains(new WindowOptions(null, null, null, false));
        assertThat(WindowOptions.parse(new String[] {"--db", "/x/imr", "--annotator=ann"}))
                .contains(new WindowOptions("/x/imr", "ann", null, false));
        assertThat(WindowOptions.parse(new String[] {"--encrypt", "--db", "/x/imr"}))
                .contains(new WindowOptions("/x/imr", null, null, true));
        assertThat(WindowOptions.parse(new String[] {"--screenshot", "s.png"}).orElseThrow().screenshot())
                .isEqualTo(Path.of("s.png"));
    }

    @Test
    void subcommandsHelpAndBadOptionsAreForTheCommandLine() {
        assertThat(WindowOptions.parse(new String[] {"extract", "a.txt"})).isEmpty();
        assertThat(WindowOptions.parse(new String[] {"--db", "/x", "status"})).isEmpty();
        assertThat(WindowOptions.parse(new String[] {"--help"})).isEmpty();
        assertThat(WindowOptions.parse(new String[] {"--version"})).isEmpty();
        assertThat(WindowOptions.parse(new String[] {"--db"})).isEmpty();
    }
}

package org.imrworkstation.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The words of the About box and of the unexpected-error dialog (no window needed). */
class AppChromeTest {

    @Test
    void aboutNamesTheVersionTheExtractorAndTheLog() {
        String about = AppChrome.aboutText("1.2.3", Path.of("/home/ann/.local/share/imr-workstation/logs/imr-workstation-0.log"));
        assertThat(about).contains("IMR Workstation 1.2.3", "Extractor 1.0",
                "Log: /home/ann/.local/share/imr-workstation/logs/imr-workstation-0.log");
        assertThat(AppChrome.aboutText("1.2.3", null)).contains("Log: none");
    }

    @Test
    void anUnexpectedErrorSaysWhatHappenedThatWorkIsSavedAndWhereTheLogIs() {
        String text = AppChrome.unexpectedText(new IllegalStateException("row 3 vanished"), Path.of("/tmp/x.log"));
        assertThat(text).contains("row 3 vanished", "saved as you make them", "/tmp/x.log");
        assertThat(AppChrome.unexpectedText(new NullPointerException(), null)).contains("NullPointerException",
                "no log file");
    }
}

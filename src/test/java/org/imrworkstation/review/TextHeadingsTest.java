package org.imrworkstation.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextHeadingsTest {

    @Test
    void linesOfCapitalsAreHeadings() {
        String t = "HOW THE IMR FINAL DETERMINATION WAS MADE\nThe reviewer said.\n  DOCUMENTS REVIEWED:  \nCA\n";
        List<int[]> h = TextHeadings.find(t);
        assertThat(h).hasSize(2);
        assertThat(t.substring(h.get(0)[0], h.get(0)[1])).isEqualTo("HOW THE IMR FINAL DETERMINATION WAS MADE");
        assertThat(t.substring(h.get(1)[0], h.get(1)[1])).isEqualTo("DOCUMENTS REVIEWED:");
    }
}

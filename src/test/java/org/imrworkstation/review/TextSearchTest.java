package org.imrworkstation.review;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TextSearchTest {

    private static final String LETTER = "He takes Norco 10/325mg daily.\n\nNORCO\n10/325 was refilled; norcotic is no word.";

    @Test
    void findsEveryMatchIgnoringCaseAndLineBreaksBetweenWords() {
        TextSearch s = TextSearch.of(LETTER, "norco 10/325");
        assertThat(s.count()).isEqualTo(2);
        assertThat(LETTER.substring(s.match(0)[0], s.match(0)[1])).isEqualTo("Norco 10/325");
        assertThat(LETTER.substring(s.match(1)[0], s.match(1)[1])).isEqualTo("NORCO\n10/325");
    }

    @Test
    void nextAndPreviousGoRoundTheEnds() {
        TextSearch s = TextSearch.of(LETTER, "norco");
        assertThat(s.count()).isEqualTo(3);
        int first = s.match(0)[0];
        assertThat(s.from(-1, true)).isZero();
        assertThat(s.from(first, true)).isEqualTo(1);
        assertThat(s.from(s.match(2)[0], true)).as("after the last: round to the first").isZero();
        assertThat(s.from(first, false)).as("before the first: round to the last").isEqualTo(2);
        assertThat(s.from(LETTER.length(), false)).isEqualTo(2);
    }

    @Test
    void nothingToFindIsNoMatch() {
        assertThat(TextSearch.of(LETTER, "  ").count()).isZero();
        assertThat(TextSearch.of(LETTER, "oxycodone").from(0, true)).isEqualTo(-1);
        assertThat(TextSearch.of(LETTER, "(.*)").count()).as("the query is text, not a pattern").isZero();
    }

    @Property
    void everyMatchIsTheQueryWhateverItsCase(@ForAll @AlphaChars @StringLength(min = 1, max = 4) String q,
            @ForAll @AlphaChars @StringLength(max = 60) String text) {
        TextSearch s = TextSearch.of(text, q);
        int last = -1;
        for (int i = 0; i < s.count(); i++) {
            int[] m = s.match(i);
            assertThat(text.substring(m[0], m[1])).isEqualToIgnoringCase(q);
            assertThat(m[0]).isGreaterThanOrEqualTo(last);
            last = m[1];
        }
        assertThat(s.count() > 0).isEqualTo(text.toLowerCase().contains(q.toLowerCase()));
    }
}

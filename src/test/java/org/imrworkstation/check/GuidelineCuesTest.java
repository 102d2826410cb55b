package org.imrworkstation.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GuidelineCuesTest {

    private static final CheckData.GuidelinePages MTUS = new CheckData.GuidelinePages("MTUS", "2009", 1, 127, "s",
            false, List.of("chronic pain medical treatment", "chronic pain"));
    private static final CheckData.GuidelinePages ACOEM = new CheckData.GuidelinePages("ACOEM", "2004", 1, 500, "s",
            true, List.of("acoem", "chronic pain"));

    @Test
    void theGuidelineNamedNearestBeforeThePageWithin200Characters() {
        String lower = "based on acoem guidelines, page 44. then the chronic pain medical treatment guidelines, page 78."
                + " ".repeat(300) + "page 9.";
        GuidelineCues cues = GuidelineCues.find(lower, List.of(MTUS, ACOEM));
        assertThat(cues.before(lower.indexOf("44"), 200)).isEqualTo(ACOEM);
        assertThat(cues.before(lower.indexOf("78"), 200)).isEqualTo(MTUS);
        assertThat(cues.before(lower.indexOf("9."), 200)).as("the last cue is more than 200 characters back").isNull();
        assertThat(cues.before(3, 200)).as("nothing named before it").isNull();
    }

    @Test
    void whereTwoGuidelinesShareACueTheOneListedFirstWins() {
        String lower = "chronic pain guidelines, page 12";
        assertThat(GuidelineCues.find(lower, List.of(MTUS, ACOEM)).before(lower.indexOf("12"), 200)).isEqualTo(MTUS);
        assertThat(GuidelineCues.find(lower, List.of(ACOEM, MTUS)).before(lower.indexOf("12"), 200)).isEqualTo(ACOEM);
    }
}

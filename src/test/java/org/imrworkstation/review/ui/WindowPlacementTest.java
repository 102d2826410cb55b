package org.imrworkstation.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.Preferences;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.imrworkstation.review.ui.WindowPlacement.Area;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    private static final Area LAPTOP = new Area(0, 0, 1366, 728);
    private static final Area WIDE = new Area(0, 0, 2560, 1400);
    private static final Area RIGHT_OF_WIDE = new Area(2560, 0, 1920, 1040);

    @Test
    void aFirstStartOnASmallLaptopFitsTheScreen() {
        WindowPlacement p = WindowPlacement.choose(Optional.empty(), List.of(LAPTOP));
        assertThat(p).isEqualTo(new WindowPlacement(0, 0, 1366, 728, false));
    }

    @Test
    void aFirstStartOnALargeScreenIsTheDefaultSizeCentred() {
        WindowPlacement p = WindowPlacement.choose(Optional.empty(), List.of(WIDE));
        assertThat(p).isEqualTo(new WindowPlacement(560, 260, 1440, 880, false));
    }

    @Test
    void theWindowComesBackWhereTheClerkLeftIt() {
        WindowPlacement left = new WindowPlacement(2700, 50, 1600, 900, false);
        assertThat(WindowPlacement.choose(Optional.of(left), List.of(WIDE, RIGHT_OF_WIDE))).isEqualTo(left);
    }

    @Test
    void aWindowLeftOnAScreenThatIsGoneComesBackOnThePrimaryOne() {
        WindowPlacement left = new WindowPlacement(2700, 50, 1600, 900, true);
        WindowPlacement p = WindowPlacement.choose(Optional.of(left), List.of(LAPTOP));
        assertThat(p).isEqualTo(new WindowPlacement(0, 0, 1366, 728, true));
    }

    @Test
    void aWindowHalfOffTheScreenIsMovedOntoItAndShrunkToIt() {
        WindowPlacement left = new WindowPlacement(900, 500, 1440, 880, false);
        WindowPlacement p = WindowPlacement.choose(Optional.of(left), List.of(LAPTOP));
        assertThat(p).isEqualTo(new WindowPlacement(0, 0, 1366, 728, false));
    }

    @Test
    void aTinyWindowIsNotRestoredTiny() {
        WindowPlacement left = new WindowPlacement(10, 10, 200, 120, false);
        assertThat(WindowPlacement.choose(Optional.of(left), List.of(WIDE)).width()).isEqualTo(1440);
    }

    @Test
    void savedAndLoadedThroughPreferences() throws Exception {
        Preferences prefs = Preferences.userRoot().node("imr-test-" + UUID.randomUUID());
        try {
            assertThat(WindowPlacement.load(prefs)).isEmpty();
            WindowPlacement p = new WindowPlacement(12.5, -3, 1300, 700, true);
            p.save(prefs);
            assertThat(WindowPlacement.load(prefs)).contains(p);
            prefs.put("window", "not,a,placement");
            assertThat(WindowPlacement.load(prefs)).isEmpty();
        } finally {
            prefs.removeNode();
        }
    }

    @Property
    void whateverWasSavedTheWindowLiesOnAScreenAndIsNoLargerThanIt(
            @ForAll @DoubleRange(min = -5000, max = 5000) double x, @ForAll @DoubleRange(min = -5000, max = 5000) double y,
            @ForAll @DoubleRange(min = 0, max = 6000) double w, @ForAll @DoubleRange(min = 0, max = 6000) double h) {
        List<Area> screens = List.of(LAPTOP, new Area(1366, -200, 1920, 1080));
        WindowPlacement p = WindowPlacement.choose(Optional.of(new WindowPlacement(x, y, w, h, false)), screens);
        assertThat(screens).anySatisfy(s -> {
            assertThat(p.x()).isGreaterThanOrEqualTo(s.x());
            assertThat(p.y()).isGreaterThanOrEqualTo(s.y());
            assertThat(p.x() + p.width()).isLessThanOrEqualTo(s.maxX());
            assertThat(p.y() + p.height()).isLessThanOrEqualTo(s.maxY());
        });
        assertThat(p.width()).isGreaterThanOrEqualTo(Math.min(WindowPlacement.MIN_WIDTH, 1366));
        assertThat(p.height()).isGreaterThanOrEqualTo(Math.min(WindowPlacement.MIN_HEIGHT, 728));
    }
}

package org.imrworkstation.review.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Puts the main window where the clerk left it (fitted to today's screens) and remembers it on close. */
final class RememberedPlacement {

    private final Preferences prefs;
    /** The bounds when not maximized: what a maximized window returns to next time. */
    private WindowPlacement normal;

    RememberedPlacement(Preferences prefs) {
        this.prefs = prefs;
    }

    static RememberedPlacement forUser() {
        return new RememberedPlacement(Preferences.userRoot().node("org/imrworkstation/review"));
    }

    void applyTo(Stage stage) {
        normal = WindowPlacement.choose(WindowPlacement.load(prefs), screens());
        stage.setX(normal.x());
        stage.setY(normal.y());
        stage.setWidth(normal.width());
        stage.setHeight(normal.height());
        stage.setMaximized(normal.maximized());
        ChangeListener<Object> track = (o, a, b) -> {
            if (stage.isShowing() && !stage.isMaximized() && !stage.isIconified()) {
                normal = new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
            }
        };
        stage.xProperty().addListener(track);
        stage.yProperty().addListener(track);
        stage.widthProperty().addListener(track);
        stage.heightProperty().addListener(track);
    }

    void remember(Stage stage) {
        if (normal == null) {
            return;
        }
        try {
            normal.withMaximized(stage.isMaximized()).save(prefs);
        } catch (RuntimeException e) {
            // preferences not writable (read-only home): the window opens at the default next time
        }
    }

    private static List<WindowPlacement.Area> screens() {
        List<WindowPlacement.Area> areas = new ArrayList<>();
        areas.add(area(Screen.getPrimary().getVisualBounds()));
        for (Screen s : Screen.getScreens()) {
            if (!s.equals(Screen.getPrimary())) {
                areas.add(area(s.getVisualBounds()));
            }
        }
        return areas;
    }

    private static WindowPlacement.Area area(Rectangle2D r) {
        return new WindowPlacement.Area(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
    }
}

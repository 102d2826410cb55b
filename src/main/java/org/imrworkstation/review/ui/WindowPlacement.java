package org.imrworkstation.review.ui;

import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * Where the main window goes: where the clerk left it, if that is still on a screen, else a
 * default size centred on the primary screen, never larger than the screen (a 1366x768 laptop
 * must not get a window whose status bar is below the taskbar).
 */
record WindowPlacement(double x, double y, double width, double height, boolean maximized) {

    static final double DEFAULT_WIDTH = 1440;
    static final double DEFAULT_HEIGHT = 880;
    /** Smaller than this and the three panes are unusable; the window is not restored that small. */
    static final double MIN_WIDTH = 640;
    static final double MIN_HEIGHT = 400;
    /** How much of a restored window must lie on a screen (a title bar's worth) to restore it there. */
    private static final double MIN_VISIBLE = 100;

    private static final String KEY = "window";

    /** A screen's usable area (without task bars), as JavaFX's Screen.getVisualBounds gives it. */
    record Area(double x, double y, double width, double height) {
        double maxX() {
            return x + width;
        }

        double maxY() {
            return y + height;
        }

        double overlapWidth(WindowPlacement p) {
            return Math.max(0, Math.min(maxX(), p.x + p.width) - Math.max(x, p.x));
        }

        double overlapHeight(WindowPlacement p) {
            return Math.max(0, Math.min(maxY(), p.y + p.height) - Math.max(y, p.y));
        }
    }

    /** The default placement on this screen: 1440x880 or the screen, whichever is smaller, centred. */
    static WindowPlacement centred(Area screen) {
        double w = Math.min(DEFAULT_WIDTH, screen.width());
        double h = Math.min(DEFAULT_HEIGHT, screen.height());
        return new WindowPlacement(screen.x() + (screen.width() - w) / 2, screen.y() + (screen.height() - h) / 2,
                w, h, false);
    }

    /**
     * Where to put the window: the saved placement, shrunk and moved onto the screen it mostly lies
     * on, if enough of it is on one; else the default on the primary screen (the first area).
     */
    static WindowPlacement choose(Optional<WindowPlacement> saved, List<Area> screens) {
        Area primary = screens.get(0);
        if (saved.isEmpty()) {
            return centred(primary);
        }
        WindowPlacement p = saved.get();
        Area best = null;
        double bestOverlap = 0;
        for (Area a : screens) {
            double ow = a.overlapWidth(p);
            double oh = a.overlapHeight(p);
            if (ow >= MIN_VISIBLE && oh >= Math.min(MIN_VISIBLE, p.height) && ow * oh > bestOverlap) {
                best = a;
                bestOverlap = ow * oh;
            }
        }
        if (best == null || p.width < MIN_WIDTH || p.height < MIN_HEIGHT) {
            return centred(primary).withMaximized(p.maximized);
        }
        double w = Math.min(p.width, best.width());
        double h = Math.min(p.height, best.height());
        double x = Math.max(best.x(), Math.min(p.x, best.maxX() - w));
        double y = Math.max(best.y(), Math.min(p.y, best.maxY() - h));
        return new WindowPlacement(x, y, w, h, p.maximized);
    }

    WindowPlacement withMaximized(boolean max) {
        return new WindowPlacement(x, y, width, height, max);
    }

    static Optional<WindowPlacement> load(Preferences prefs) {
        String v = prefs.get(KEY, "");
        String[] f = v.split(",");
        if (f.length != 5) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WindowPlacement(Double.parseDouble(f[0]), Double.parseDouble(f[1]),
                    Double.parseDouble(f[2]), Double.parseDouble(f[3]), Boolean.parseBoolean(f[4])));
        } catch (NumberFormatException e) {
            return Optional.empty(); // written by something else: start from the default
        }
    }

    void save(Preferences prefs) {
        prefs.put(KEY, x + "," + y + "," + width + "," + height + "," + maximized);
    }
}

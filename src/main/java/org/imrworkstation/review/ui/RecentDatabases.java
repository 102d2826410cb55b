package org.imrworkstation.review.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.prefs.Preferences;

/** The databases opened lately, newest first (java.util.prefs: per user, no file of ours to manage). */
public final class RecentDatabases {

    static final int KEEP = 8;
    private static final String KEY = "recent";

    private final Preferences prefs;

    public RecentDatabases(Preferences prefs) {
        this.prefs = prefs;
    }

    public static RecentDatabases forUser() {
        return new RecentDatabases(Preferences.userRoot().node("org/imrworkstation/review"));
    }

    public List<Path> list() {
        String v = prefs.get(KEY, "");
        return v.isEmpty() ? List.of() : Arrays.stream(v.split("\n")).map(Path::of).toList();
    }

    public void opened(Path base) {
        List<Path> l = new ArrayList<>(list());
        l.remove(base);
        l.add(0, base);
        while (l.size() > KEEP) {
            l.remove(l.size() - 1);
        }
        prefs.put(KEY, String.join("\n", l.stream().map(Path::toString).toList()));
    }
}

package org.imrworkstation.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the database lives. {@code --db PATH} wins, then the IMR_DB environment variable, then the
 * platform's per-user data folder. H2 adds ".mv.db" to the name itself, so a PATH given with that
 * ending is cut back to the base name.
 */
public final class DbLocation {

    static final String SUFFIX = ".mv.db";
    static final String APP = "imr-workstation";
    static final String NAME = "imr";

    private DbLocation() {
    }

    /** The base path H2 is opened with (no ".mv.db"). */
    public static Path resolve(String option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path resolve(String option, Map<String, String> env, String osName, String home) {
        String given = option != null && !option.isBlank() ? option : env.get("IMR_DB");
        if (given != null && !given.isBlank()) {
            return base(Path.of(given));
        }
        return defaultFolder(env, osName, home).resolve(NAME);
    }

    static Path base(Path p) {
        String name = p.getFileName().toString();
        if (name.endsWith(SUFFIX)) {
            p = p.resolveSibling(name.substring(0, name.length() - SUFFIX.length()));
        }
        return p.toAbsolutePath().normalize();
    }

    static Path defaultFolder(Map<String, String> env, String osName, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : Path.of(home, "AppData", "Roaming")).resolve(APP);
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", APP);
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve(APP);
    }

    /** The platform's per-user data folder of the app (the default database and the logs live there). */
    public static Path dataFolder() {
        return defaultFolder(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    /** The file H2 actually writes, for messages and sizes. */
    public static Path file(Path base) {
        return base.resolveSibling(base.getFileName() + SUFFIX);
    }
}

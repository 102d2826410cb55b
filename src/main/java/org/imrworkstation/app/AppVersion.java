package org.imrworkstation.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version from the build (resources-filtered/version.properties). */
public final class AppVersion {

    private static final String VERSION = load();

    private AppVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = AppVersion.class.getResourceAsStream("/org/imrworkstation/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}

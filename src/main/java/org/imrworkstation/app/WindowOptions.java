package org.imrworkstation.app;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether the command line asks for the window: no subcommand, only the window's options
 * ({@code --db PATH}, {@code --annotator NAME}, {@code --encrypt}, and the hidden {@code --screenshot FILE}). Decided
 * before any JavaFX class is loaded. Anything else is for the command line (which explains errors).
 */
public record WindowOptions(String db, String annotator, Path screenshot, boolean encrypt) {

    public static Optional<WindowOptions> parse(String[] args) {
        String db = null;
        String annotator = null;
        Path shot = null;
        boolean encrypt = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--encrypt")) {
                encrypt = true;
                continue;
            }
            String value = null;
            String name = a;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            if (!name.equals("--db") && !name.equals("--annotator") && !name.equals("--screenshot")) {
                return Optional.empty();
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    return Optional.empty();
                }
                value = args[++i];
            }
            switch (name) {
                case "--db" -> db = value;
                case "--annotator" -> annotator = value;
                default -> shot = Path.of(value);
            }
        }
        return Optional.of(new WindowOptions(db, annotator, shot, encrypt));
    }
}

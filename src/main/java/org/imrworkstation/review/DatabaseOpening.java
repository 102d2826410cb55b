package org.imrworkstation.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.DbLocation;
import org.imrworkstation.store.StoreException;

/**
 * Opens the window's database, asking for the password when the file is encrypted (or when the
 * clerk asked for a new encrypted one), and again after a wrong one, as a desktop app would, rather
 * than failing with "use --encrypt". IMR_DB_PASSWORD, when set, is used instead of asking, as on
 * the command line.
 */
public final class DatabaseOpening {

    /** Asks for the password of {@code file}; {@code problem} is why it asks again (null the first time). */
    @FunctionalInterface
    public interface PasswordSource {
        Optional<char[]> ask(Path file, boolean creating, String problem);
    }

    private final Map<String, String> env;
    private final PasswordSource passwords;

    public DatabaseOpening(Map<String, String> env, PasswordSource passwords) {
        this.env = env;
        this.passwords = passwords;
    }

    /**
     * @param encryptNew create an encrypted database when there is none yet (an existing file's
     *                   own form decides otherwise)
     */
    public Database open(Path base, boolean encryptNew) {
        Path file = DbLocation.file(base);
        boolean creating = !Files.exists(file);
        boolean encrypted = creating ? encryptNew : Database.isEncrypted(base);
        if (!encrypted) {
            return Database.open(base);
        }
        String fromEnv = env.get("IMR_DB_PASSWORD");
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return Database.open(base, fromEnv.toCharArray());
        }
        String problem = null;
        while (true) {
            char[] pw = passwords.ask(file, creating, problem)
                    .orElseThrow(() -> new StoreException("database " + file + " is encrypted and no password was given"));
            try {
                return Database.open(base, pw);
            } catch (StoreException e) {
                if (!e.isWrongPassword()) {
                    throw e;
                }
                problem = "Wrong password. Try again.";
            } finally {
                Arrays.fill(pw, '\0');
            }
        }
    }
}

package org.imrworkstation.store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A consistent copy of the open database as a zip, made by H2's online BACKUP TO (readers and
 * writers may go on meanwhile). Restoring: unzip it and point --db at the .mv.db inside.
 */
public final class Backup {

    private Backup() {
    }

    /** Writes the backup and returns its size in bytes. */
    public static long to(Database db, Path zip) {
        Path target = zip.toAbsolutePath();
        return Tx.run(db, c -> {
            try (var st = c.createStatement()) {
                st.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
            }
            try {
                return Files.size(target);
            } catch (java.io.IOException e) {
                throw new StoreException("backup " + target + " was not written: " + e.getMessage(), e);
            }
        });
    }
}

package org.imrworkstation.cli;

import java.io.Console;
import java.nio.file.Path;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.DbLocation;
import org.imrworkstation.store.StoreException;
import picocli.CommandLine.Option;

/**
 * --db PATH (else IMR_DB, else the per-user data folder) and --encrypt, shared by every database
 * command. The password comes from IMR_DB_PASSWORD or, on a terminal, a prompt; never from the
 * command line, where other users could read it in the process list.
 */
public final class DbOption {

    @Option(names = "--db", paramLabel = "PATH",
            description = "database file, with or without .mv.db (default: $IMR_DB, else the per-user data folder)")
    String db;

    @Option(names = "--encrypt", description = "the database is (or is created) AES-encrypted; password from"
            + " IMR_DB_PASSWORD or a prompt")
    boolean encrypt;

    Path location() {
        return DbLocation.resolve(db);
    }

    Database open() {
        return Database.open(location(), encrypt ? password() : null);
    }

    private char[] password() {
        String env = System.getenv("IMR_DB_PASSWORD");
        if (env != null && !env.isEmpty()) {
            return env.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new StoreException("--encrypt needs IMR_DB_PASSWORD or a terminal to ask for the password");
        }
        char[] pw = console.readPassword("database password: ");
        if (pw == null || pw.length == 0) {
            throw new StoreException("no password given");
        }
        return pw;
    }
}

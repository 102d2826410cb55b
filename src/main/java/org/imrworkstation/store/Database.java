package org.imrworkstation.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;

/**
 * The embedded H2 database: opened (and created) on first use, migrated to the current schema by
 * Flyway, kept open by one connection for the life of this object. A second process gets a clear
 * one-line error instead of H2's lock message (see docs/decisions/0005).
 */
public final class Database implements AutoCloseable {

    // Flyway logs every migration through java.util.logging to stderr; the CLI's stderr carries
    // only its own lines. JUL holds loggers weakly, hence the field.
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.flywaydb"));

    static {
        QUIET.forEach(l -> l.setLevel(Level.OFF));
    }

    private final Path base;
    private final String url;
    private final String password;
    private final Connection keeper;

    private Database(Path base, String url, String password, Connection keeper) {
        this.base = base;
        this.url = url;
        this.password = password;
        this.keeper = keeper;
    }

    /** Opens (creating if needed) the database at {@code base} (a path without ".mv.db"). */
    public static Database open(Path base) {
        return open(base, null);
    }

    /** As {@link #open(Path)}; a non-null password opens (or creates) an AES-encrypted file. */
    public static Database open(Path base, char[] password) {
        Path dir = base.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create database folder " + dir + ": " + e.getMessage(), e);
        }
        // VALUE is a keyword in H2 2.x; the schema's span.value/field_value.value need it as a name
        String url = "jdbc:h2:file:" + base.toAbsolutePath() + ";NON_KEYWORDS=VALUE"
                + (password == null ? "" : ";CIPHER=AES");
        // H2's encrypted form: "filePassword userPassword". The file password is the secret; the
        // user password must not be empty, and a fixed one adds nothing to guess.
        String pw = password == null ? "" : new String(password) + " imr";
        Connection keeper = connect(base, url, pw);
        Database db = new Database(base, url, pw, keeper);
        db.migrate();
        return db;
    }

    /**
     * Whether every migration up to {@link #LATEST_MIGRATION} has been applied and none failed. Anything
     * else (a new file, an older schema, a newer one, a failed step) goes through Flyway, which migrates
     * or explains.
     */
    private boolean upToDate() {
        try (var st = keeper.createStatement();
             var rs = st.executeQuery("SELECT MAX(CAST(\"version\" AS INT)), COUNT(*) FILTER (WHERE NOT \"success\")"
                     + " FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
            return rs.next() && rs.getInt(1) == LATEST_MIGRATION && rs.getLong(2) == 0;
        } catch (SQLException e) {
            return false; // no history table yet: a new database
        }
    }

    /**
     * Whether the file at {@code base} is H2's AES-encrypted form (it starts with "H2encrypt"), so
     * that the window can ask for the password instead of failing. False when there is no file yet.
     */
    public static boolean isEncrypted(Path base) {
        Path file = DbLocation.file(base);
        byte[] head = new byte[ENCRYPTED_HEADER.length];
        try (var in = Files.newInputStream(file)) {
            return in.readNBytes(head, 0, head.length) == head.length && Arrays.equals(head, ENCRYPTED_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

    private static Connection connect(Path base, String url, String pw) {
        try {
            return DriverManager.getConnection(url, "sa", pw);
        } catch (SQLException e) {
            throw translate(base, e);
        }
    }

    static StoreException translate(Path base, SQLException e) {
        String where = DbLocation.file(base).toString();
        switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1:
                return new StoreException("database " + where + " is in use by another process", e);
            case ErrorCode.FILE_ENCRYPTION_ERROR_1:
            case ErrorCode.WRONG_USER_OR_PASSWORD:
                return StoreException.wrongPassword("database " + where + ": wrong password (or not encrypted)", e);
            case ErrorCode.FILE_CORRUPTED_1:
                // what H2 says of an encrypted file opened without the cipher, too
                return new StoreException("database " + where
                        + " cannot be read: encrypted (use --encrypt) or damaged (restore a backup)", e);
            default:
                return new StoreException("database " + where + ": " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String msg) {
        if (msg == null) {
            return "unknown error";
        }
        int nl = msg.indexOf('\n');
        return (nl < 0 ? msg : msg.substring(0, nl)).strip();
    }

    /**
     * The newest migration in src/main/resources/db/migration (a test keeps the two equal). A database
     * already there skips Flyway: configuring and validating it costs about a second at every start of
     * the window and every command, most of it finding the migration files inside the jar.
     */
    static final int LATEST_MIGRATION = 6;

    private void migrate() {
        if (upToDate()) {
            return;
        }
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(url, "sa", password)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            close();
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            if (root instanceof SQLException sql && sql.getErrorCode() != 0) {
                throw translate(base, sql);
            }
            throw new StoreException("database " + DbLocation.file(base) + ": migration failed: "
                    + firstLine(root.getMessage()), e);
        }
    }

    /** A new connection to the open database (auto-commit on); the caller closes it. */
    public Connection connect() {
        return connect(base, url, password);
    }

    public Path base() {
        return base;
    }

    public Path file() {
        return DbLocation.file(base);
    }

    /**
     * Closes the database after rewriting the file without free space (H2 keeps old pages and
     * reuses them; a compacted file shows the real size). Takes a while on a large database.
     */
    public void compactAndClose() {
        try (var st = keeper.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw translate(base, e);
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        try {
            keeper.close();
        } catch (SQLException e) {
            throw translate(base, e);
        }
    }
}

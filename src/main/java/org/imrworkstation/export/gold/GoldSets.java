package org.imrworkstation.export.gold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.imrworkstation.app.AppVersion;
import org.imrworkstation.export.CorrectedLetter;
import org.imrworkstation.export.ExportException;
import org.imrworkstation.export.ExportFilter;
import org.imrworkstation.export.ExportProgress;
import org.imrworkstation.export.ExportRecord;
import org.imrworkstation.export.JsonlExport;
import org.imrworkstation.export.LetterStream;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.ReviewStatus;
import org.imrworkstation.store.StoreException;

/**
 * Named, immutable gold sets. Freezing copies every VERIFIED letter as its export record (text,
 * corrected annotations, who verified it and when) into gold_letter, in one transaction, with the
 * SHA-256 of the set's JSONL as its content hash. Nothing here updates or deletes a frozen set, so
 * later corrections of a letter never reach it; export re-checks the hash before writing.
 */
public final class GoldSets {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private final Database db;

    public GoldSets(Database db) {
        this.db = db;
    }

    /** Whether a set may be called this: letters, digits, '.', '_' or '-', up to 100, starting with a letter or digit. */
    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    public GoldSetInfo freeze(String name, String createdBy, ExportProgress progress) {
        if (!isValidName(name)) {
            throw new ExportException("gold set name \"" + name + "\": use letters, digits, '.', '_' or '-'"
                    + " (up to 100, starting with a letter or digit)");
        }
        find(name).ifPresent(g -> {
            throw new ExportException("gold set " + name + " already exists (frozen " + g.createdAt() + ", "
                    + g.letters() + " letters): gold sets never change, freeze under a new name");
        });
        MessageDigest sha = sha256();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try {
                long id = insertSet(c, name, createdBy, now);
                int[] n = {0};
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO gold_letter (gold_set_id, position,"
                        + " letter_id, file_name, sha256, verified_by, verified_at, record) VALUES (?,?,?,?,?,?,?,?)")) {
                    new LetterStream(db, ExportFilter.ALL.withStatus(ReviewStatus.VERIFIED), true).forEach(stored -> {
                        ExportRecord r = ExportRecord.of(new CorrectedLetter(stored, false));
                        String line = JsonlExport.line(r);
                        sha.update((line + "\n").getBytes(StandardCharsets.UTF_8));
                        try {
                            ps.setLong(1, id);
                            ps.setInt(2, n[0]++);
                            ps.setLong(3, stored.id());
                            ps.setString(4, stored.fileName());
                            ps.setString(5, stored.sha256());
                            ps.setString(6, stored.review().annotator());
                            ps.setObject(7, stored.review().verifiedAt());
                            ps.setString(8, line);
                            ps.addBatch();
                            if (n[0] % 200 == 0) {
                                ps.executeBatch();
                            }
                        } catch (SQLException e) {
                            throw new StoreException("database " + db.file() + ": " + e.getMessage(), e);
                        }
                        progress.letters(n[0]);
                    });
                    ps.executeBatch();
                }
                if (n[0] == 0) {
                    throw new ExportException("no VERIFIED letters to freeze: verify letters first");
                }
                String hash = HexFormat.of().formatHex(sha.digest());
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE gold_set SET letters = ?, content_hash = ? WHERE id = ?")) {
                    ps.setInt(1, n[0]);
                    ps.setString(2, hash);
                    ps.setLong(3, id);
                    ps.executeUpdate();
                }
                c.commit();
                return new GoldSetInfo(id, name, now, createdBy, AppVersion.get(), n[0], hash);
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("database " + db.file() + ": " + e.getMessage(), e);
        }
    }

    private static long insertSet(Connection c, String name, String createdBy, OffsetDateTime now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO gold_set (name, created_at, created_by,"
                + " app_version, letters, content_hash) VALUES (?,?,?,?,0,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name);
            ps.setObject(2, now);
            ps.setString(3, createdBy);
            ps.setString(4, AppVersion.get());
            ps.setString(5, "0".repeat(64));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public List<GoldSetInfo> list() {
        return query("", null);
    }

    public Optional<GoldSetInfo> find(String name) {
        return query(" WHERE name = ?", name).stream().findFirst();
    }

    /** The set or a one-line error naming the sets there are. */
    public GoldSetInfo require(String name) {
        return find(name).orElseThrow(() -> {
            List<String> names = list().stream().map(GoldSetInfo::name).toList();
            return new ExportException("no gold set named " + name + (names.isEmpty() ? " (there are none: gold freeze"
                    + " --name NAME makes one)" : " (there are: " + String.join(", ", names) + ")"));
        });
    }

    private List<GoldSetInfo> query(String where, String arg) {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT id, name, created_at, created_by, app_version, letters,"
                     + " content_hash FROM gold_set" + where + " ORDER BY created_at, id")) {
            if (arg != null) {
                ps.setString(1, arg);
            }
            List<GoldSetInfo> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new GoldSetInfo(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
                            rs.getString(4), rs.getString(5), rs.getInt(6), rs.getString(7)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("database " + db.file() + ": " + e.getMessage(), e);
        }
    }

    /** Each record line of the set, in order, after checking the content hash. */
    public void forEachLine(String name, Consumer<String> sink) {
        GoldSetInfo g = require(name);
        // read twice rather than hold the set: once to check the hash, once to hand out the lines
        String hash = HexFormat.of().formatHex(digest(g, line -> { }));
        if (!hash.equals(g.contentHash())) {
            throw new ExportException("gold set " + name + " does not match its content hash " + g.contentHash()
                    + " (the database was changed outside the application)");
        }
        digest(g, sink);
    }

    private byte[] digest(GoldSetInfo g, Consumer<String> sink) {
        MessageDigest sha = sha256();
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT record FROM gold_letter WHERE gold_set_id = ? ORDER BY position")) {
            ps.setLong(1, g.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String line = rs.getString(1);
                    sha.update((line + "\n").getBytes(StandardCharsets.UTF_8));
                    sink.accept(line);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("database " + db.file() + ": " + e.getMessage(), e);
        }
        return sha.digest();
    }

    /** The set's records (gold sets are thousands of letters, not a corpus: they fit in memory). */
    public List<ExportRecord> records(String name) {
        List<ExportRecord> out = new ArrayList<>();
        forEachLine(name, line -> {
            try {
                out.add(JsonlExport.parse(line));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return out;
    }

    /** Writes the set as JSONL (the bytes its content hash is of). */
    public void export(String name, Writer out) {
        forEachLine(name, line -> {
            try {
                out.write(line);
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

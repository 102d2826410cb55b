package org.imrworkstation.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs work in one transaction: committed if it returns, rolled back if it throws. */
final class Tx {

    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private Tx() {
    }

    static <T> T run(Database db, Work<T> work) {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw Database.translate(db.base(), e);
        }
    }
}

package org.legalkiosk.hub.db;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Runs work in one transaction: committed when it returns, rolled back when it throws. */
public final class Transactions {

    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private Transactions() {}

    public static <T> T inTransaction(DataSource db, String what, Work<T> work) {
        try (Connection connection = db.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new DataAccessException("cannot " + what, e);
        }
    }
}

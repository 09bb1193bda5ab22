package org.legalkiosk.hub.db;

import java.util.Objects;

/**
 * How to reach PostgreSQL.
 *
 * @param jdbcUrl  e.g. {@code jdbc:postgresql://127.0.0.1:5432/hub}
 * @param user     the role to log in as
 * @param password its password (never logged)
 * @param poolSize connections kept open
 */
public record DatabaseSettings(String jdbcUrl, String user, String password, int poolSize) {

    public DatabaseSettings {
        Objects.requireNonNull(jdbcUrl, "database URL");
        if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("the database URL must start with jdbc:postgresql://, not " + jdbcUrl);
        }
        if (poolSize < 1 || poolSize > 100) {
            throw new IllegalArgumentException("poolSize must be within 1..100");
        }
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + jdbcUrl + " as " + user + "]";
    }
}

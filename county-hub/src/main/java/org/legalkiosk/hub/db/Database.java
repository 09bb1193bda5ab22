package org.legalkiosk.hub.db;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's connection pool. {@link #open} migrates the schema first (Flyway, {@code db/migration} in the jar), so
 * no request ever meets an old schema; a migration that fails stops the hub before it listens.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource pool;

    private Database(HikariDataSource pool) {
        this.pool = pool;
    }

    public static Database open(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setPoolName("hub-db");
        // A request that cannot get a connection within 5 s answers 503 rather than piling up threads.
        config.setConnectionTimeout(5_000);
        HikariDataSource pool = new HikariDataSource(config);
        try {
            var result = Flyway.configure()
                    .dataSource(pool)
                    // SQL scripts, and the one Java migration: V71, the desk's backfill (docs/decisions/0096)
                    .locations("classpath:db/migration", "classpath:org/legalkiosk/hub/desk/migration")
                    .load()
                    .migrate();
            LOG.info("Database {} at schema version {}", settings.jdbcUrl(), result.targetSchemaVersion);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool);
    }

    public DataSource dataSource() {
        return pool;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void close() {
        pool.close();
    }
}

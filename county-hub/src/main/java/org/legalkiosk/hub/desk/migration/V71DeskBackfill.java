package org.legalkiosk.hub.desk.migration;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.legalkiosk.hub.desk.DeskBackfill;

/**
 * Flyway V71: the booking events stored before the desk table (V40) put on the desk, by the desk's own projection
 * (docs/decisions/0096). A Java migration, found by {@code db.Database} at this package's classpath location: it runs
 * once per database, in Flyway's transaction and before the hub takes any event, so nothing projects beside it.
 */
public final class V71DeskBackfill implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("71");
    }

    @Override
    public String getDescription() {
        return "desk backfill of pre-V40 booking events";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        new DeskBackfill().run(context.getConnection());
    }
}

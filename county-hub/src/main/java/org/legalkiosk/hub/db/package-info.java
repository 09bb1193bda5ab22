/**
 * The hub's PostgreSQL: {@link Database} (a HikariCP pool over a JDBC URL, the schema brought up to date by Flyway
 * before anything else runs) and {@link LocalPostgres} (a real PostgreSQL server started from the binaries on
 * this machine for the demo and the tests, as an unprivileged user when the hub runs as root).
 */
package org.legalkiosk.hub.db;

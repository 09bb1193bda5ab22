/**
 * {@code county-hub} (picocli): {@code run}, {@code user add|passwd|list}, {@code terminal enrol|revoke|list},
 * each connecting through {@link DatabaseOptions} (a given PostgreSQL, or the local one in the data directory).
 */
package org.legalkiosk.hub.cli;

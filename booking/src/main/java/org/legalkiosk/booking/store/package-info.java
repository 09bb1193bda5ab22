/**
 * The booking store: one SQLite file in the data dir with versioned migrations, a transactional capacity check
 * and an outbox written in the same transaction as every booking change. ID numbers and phones are encrypted at
 * rest with AES-GCM.
 */
package org.legalkiosk.booking.store;

/**
 * Delivery of the booking outbox to the county's central endpoint: one worker thread posts the events in the order
 * they were written, each with its idempotency key, and backs off while the endpoint cannot be reached. All of its
 * state lives in the outbox rows, so it survives restarts.
 */
package org.legalkiosk.booking.sync;

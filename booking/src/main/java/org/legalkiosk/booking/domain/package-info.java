/**
 * Booking values and rules: services, offices, slots, bookings and their states, booking codes and phone numbers.
 * No UI and no SQL here, so the store, the screens and the sync can all share it.
 */
package org.legalkiosk.booking.domain;

/**
 * The schedule a county pushes to a terminal ({@code PUT /api/v1/schedule}): offices, services, explicit slots and
 * working plans, read from JSON with strict validation. Every problem names the path of the value at fault.
 */
package org.legalkiosk.booking.schedule;

/**
 * The township office desk (issue 15): {@link BookingProjection} turns each terminal's booking events into one
 * {@code desk_bookings} row per booking; {@link DeskBookings} reads a day's bookings per office and service and
 * records the office's decisions ({@code booking_decisions}) and notes, each with its audit entry; {@link
 * DeskStatus} and {@link DeskDecision} say what may follow what; {@link CancelReason} is the list an officer picks
 * from. The visitor's name and phone are clear only to officers of the booking terminal's township ({@link
 * DeskBooking#forViewer}, decision 0055).
 */
package org.legalkiosk.hub.desk;

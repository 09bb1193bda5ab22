/**
 * Schedules on the hub: offices, services, working plans with breaks, the county's holiday calendar, the terminals
 * that serve each office, and each terminal's quota of every slot, sent in the heartbeat reply
 * ({@link org.legalkiosk.hub.schedule.ScheduleDispatch}; docs/decisions/0060). Plans are the booking module's domain
 * types and are expanded by its {@code SlotExpander}, as on the terminal.
 */
package org.legalkiosk.hub.schedule;

/**
 * What the agent reads from and asks of the rest of the terminal (status, screen, log, bookings), as small
 * interfaces the launcher implements, so the agent needs no handle on the screen, the devices or the booking store.
 */
package org.legalkiosk.kiosk.agent.terminal;

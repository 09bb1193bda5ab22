/**
 * The county's terminals: {@link TerminalRegistry} (provisioning with a one-time code, enrolment, tokens,
 * revocation), {@link GroupStore} (groups with their offline timeout and content target), {@link HeartbeatIntake}
 * (the latest report of each terminal and the reply that tells it what to do), {@link EventIntake} (the kiosks'
 * outboxes, stored exactly once) and {@link FleetView} (what the console shows).
 */
package org.legalkiosk.hub.terminals;

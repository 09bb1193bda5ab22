/**
 * The kiosk's side of the county hub (see docs/county-hub.md): {@link HubClient} (enrolment and heartbeats over
 * {@code java.net.http}, wire types from {@code hub-protocol}), {@link HubCredentials} (the one-time code traded for a
 * token kept in the data directory), {@link HeartbeatWorker} (one daemon thread beside the outbox worker: report, act
 * on the reply, wait) and {@link HubNoticeSync} (the hub's notices into the same notices file the agent writes, so the
 * screen shows them through its existing path). The outbox itself is delivered by {@code booking.sync} to the hub's
 * events route.
 */
package org.legalkiosk.kiosk.hub;

/**
 * The terminal API of the county hub as values: what a kiosk sends ({@link EnrolRequest}, {@link HeartbeatRequest},
 * an outbox event checked by {@link EventEnvelope}) and what the hub answers ({@link EnrolReply},
 * {@link HeartbeatReply}). Both sides read and write them with {@link WireJson}, so the kiosk and the hub cannot
 * drift apart. Every record checks its own fields in its constructor: a bad value fails where it is read, with a
 * message that names the field. Limits on sizes and counts are in {@link Limits}.
 */
package org.legalkiosk.hub.protocol;

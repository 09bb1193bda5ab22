/**
 * Pull mode: a kiosk behind mobile NAT polls a channel on any static HTTP server for a signed
 * {@code channel.json}, downloads only the content objects it lacks (resuming with HTTP Range), and applies the
 * new version through the same {@link org.legalkiosk.kiosk.store.ContentAdmin} as a push. See docs/agent-api.md.
 */
package org.legalkiosk.kiosk.agent.pull;

/**
 * Content on the hub: bundles signed offline are verified against the county's trusted keys with the kiosk's own
 * verifier ({@code org.legalkiosk.content.bundle}), kept, and published as a pull channel the terminals poll
 * ({@link org.legalkiosk.hub.content.ContentLibrary}); a rollout sends a version to a pilot group, then to every
 * group ({@link org.legalkiosk.hub.content.RolloutStore}). The hub never holds the content signing key: its own
 * {@link org.legalkiosk.hub.content.ChannelKey} signs only the channel documents that say which version it offers.
 */
package org.legalkiosk.hub.content;

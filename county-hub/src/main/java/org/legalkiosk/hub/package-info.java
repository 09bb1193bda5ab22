/**
 * The county hub: the server terminals call out to and the county's web console. {@link Hub} wires the stores;
 * packages by what they are: {@code db}, {@code security}, {@code audit}, {@code users}, {@code terminals},
 * {@code notices}, {@code web} (+ {@code web.console}), {@code demo}, {@code cli}. See docs/county-hub.md.
 */
package org.legalkiosk.hub;

/**
 * The signed pull channel: {@code channel.json}, which names a channel's newest version and where its manifest,
 * signature and objects are. Written by the kiosk's {@code channel publish} and by the county hub, read by the
 * kiosk's pull mode.
 */
package org.legalkiosk.content.channel;

/**
 * The kiosk's file-backed stores under its data folder: content versions, notices, agent tokens, the audit log,
 * the remote part of kiosk.yaml. The agent, the USB inbox, pull mode, the screen, the hub sync and the commands all
 * use them; the launcher makes one of each ({@link org.legalkiosk.kiosk.store.KioskStores}). Nothing here knows
 * HTTP.
 */
package org.legalkiosk.kiosk.store;

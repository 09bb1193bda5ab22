/**
 * Offline updates: a content bundle copied into a watched folder (where a USB stick is mounted) is verified and
 * applied through the same {@link org.legalkiosk.kiosk.store.ContentAdmin} as a push, and the result is told to
 * whoever listens (the screen, so the person holding the stick sees it).
 */
package org.legalkiosk.kiosk.agent.usb;

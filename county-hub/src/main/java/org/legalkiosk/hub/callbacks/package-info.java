/**
 * Callback requests: a villager at a kiosk asked the township's staff to ring them back ({@code callback.requested}
 * events, projected by {@link org.legalkiosk.hub.callbacks.CallbackProjection}); the township's officers see the
 * number, ring, and mark the request done, which purges the number ({@link org.legalkiosk.hub.callbacks.CallbackDesk}).
 */
package org.legalkiosk.hub.callbacks;

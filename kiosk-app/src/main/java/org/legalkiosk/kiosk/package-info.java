/**
 * The kiosk application. {@code cli} starts it; {@code config} says how; {@code service} is everything the screens
 * may ask for (content, statutes, speech, time); {@code session} is one visitor's state; {@code ui} holds the
 * screens, each a View and a ViewModel. Screens never reach devices, storage or the network except through
 * {@code service}.
 */
package org.legalkiosk.kiosk;

/**
 * Contact and contactless IC cards (social-security cards, bank cards) through PC/SC: the role interface
 * {@link org.legalkiosk.devices.smartcard.SmartCardReader}, the driver over {@code javax.smartcardio}
 * ({@link org.legalkiosk.devices.smartcard.PcscSmartCardReader}), its simulated twin, and the ISO 7816-4 pieces
 * both share (SELECT by AID, status words). Card contents can be personal data: never log response bodies.
 */
package org.legalkiosk.devices.smartcard;

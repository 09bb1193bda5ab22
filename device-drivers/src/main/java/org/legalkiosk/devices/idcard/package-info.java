/**
 * The resident ID-card reader (二代身份证): the SAM serial protocol ({@link org.legalkiosk.devices.idcard.SamFrame},
 * {@link org.legalkiosk.devices.idcard.SamStatus}), the 256-byte text block
 * ({@link org.legalkiosk.devices.idcard.IdCardTextParser}), the real driver
 * ({@link org.legalkiosk.devices.idcard.SerialIdCardReader}) and its simulated twin. An {@link
 * org.legalkiosk.devices.idcard.IdCard} is personal data: never log one except through its masked
 * {@code toString}.
 */
package org.legalkiosk.devices.idcard;

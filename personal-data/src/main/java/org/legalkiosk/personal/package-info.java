/**
 * Rules for a person's data that every part of the project shares, the kiosk's screens and drivers as much as the
 * county hub: resident ID numbers per GB 11643 ({@link org.legalkiosk.personal.IdNumbers}), mainland mobile
 * numbers ({@link org.legalkiosk.personal.PhoneNumbers}), names, and how each is masked
 * ({@link org.legalkiosk.personal.PersonalData}, {@link org.legalkiosk.personal.TextMasking} for free text).
 * Plain Java and nothing else, so any module may depend on it.
 */
package org.legalkiosk.personal;

package org.legalkiosk.booking.print;

/** The language a slip is printed in: the one the person used at the terminal. */
public enum SlipLanguage {
    ZH,
    EN
}

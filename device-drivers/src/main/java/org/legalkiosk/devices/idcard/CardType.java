package org.legalkiosk.devices.idcard;

import java.util.Optional;

/** The kinds of card a SAM reader returns, told apart by the type flag at bytes 248–249 of the text block. */
public enum CardType {
    /** 居民身份证: the flag is a space. */
    RESIDENT(' '),
    /** 外国人永久居留身份证, 2017 edition. */
    FOREIGNER_PERMANENT('I'),
    /** 外国人永久居留身份证, December 2023 edition (18-digit number starting with 9). */
    NEW_FOREIGNER_PERMANENT('Y'),
    /** 港澳台居民居住证. */
    HK_MACAU_TAIWAN('J');

    private final char flag;

    CardType(char flag) {
        this.flag = flag;
    }

    public char flag() {
        return flag;
    }

    public static Optional<CardType> ofFlag(char flag) {
        for (CardType type : values()) {
            if (type.flag == flag) {
                return Optional.of(type);
            }
        }
        return flag == '\0' ? Optional.of(RESIDENT) : Optional.empty();
    }
}

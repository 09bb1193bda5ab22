package org.legalkiosk.devices.idcard;

import java.util.Optional;

/** Sex as coded on the card (GB/T 2261.1). */
public enum Sex {
    UNKNOWN('0', "未知"),
    MALE('1', "男"),
    FEMALE('2', "女"),
    UNSTATED('9', "未说明");

    private final char code;
    private final String chineseName;

    Sex(char code, String chineseName) {
        this.code = code;
        this.chineseName = chineseName;
    }

    public char code() {
        return code;
    }

    public String chineseName() {
        return chineseName;
    }

    public static Optional<Sex> ofCode(char code) {
        for (Sex sex : values()) {
            if (sex.code == code) {
                return Optional.of(sex);
            }
        }
        return Optional.empty();
    }
}

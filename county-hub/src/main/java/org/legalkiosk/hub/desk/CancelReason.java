package org.legalkiosk.hub.desk;

import java.util.Optional;

/**
 * Why an office cancels, chosen from a list so the villager's kiosk can say it plainly in both languages and the
 * county can count them; an officer may add a few words of their own.
 */
public enum CancelReason {
    OFFICE_CLOSED("司法所当天不办公", "The office is closed that day"),
    OFFICER_AWAY("工作人员当天有事", "The officer is away that day"),
    ELSEWHERE("这件事要到别的部门办理", "This matter is handled by another department"),
    VISITOR_ASKED("本人打电话要求取消", "The visitor asked by phone to cancel"),
    DUPLICATE("重复预约", "A duplicate booking"),
    OTHER("其他原因", "Another reason");

    /** The most an officer's own words may be. */
    public static final int EXTRA_MAX = 100;

    private final String zh;
    private final String en;

    CancelReason(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    public static Optional<CancelReason> parse(String value) {
        for (CancelReason r : values()) {
            if (r.name().equals(value)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * The reason as stored and sent to the kiosk: the list's Chinese text, then the officer's words after "：".
     *
     * @throws IllegalArgumentException when "other" has no words, or the words are too long
     */
    public String withExtra(String extra) {
        String words = extra == null ? "" : extra.strip().replaceAll("\\p{Cntrl}", " ");
        if (words.length() > EXTRA_MAX) {
            throw new IllegalArgumentException("说明最多 " + EXTRA_MAX + " 个字 / at most " + EXTRA_MAX + " characters");
        }
        if (this == OTHER && words.isEmpty()) {
            throw new IllegalArgumentException("选择“其他原因”时请写明原因 / say what the other reason is");
        }
        return words.isEmpty() ? zh : zh + "：" + words;
    }
}

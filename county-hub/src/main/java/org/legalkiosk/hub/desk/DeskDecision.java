package org.legalkiosk.hub.desk;

/** What an office may decide about a booking; stored in {@code booking_decisions.decision} by name. */
public enum DeskDecision {
    CONFIRMED("确认", "Confirm", "司法所已确认", "Confirmed by the office"),
    ATTENDED("已到场", "Attended", "已到场", "Attended"),
    NO_SHOW("未到场", "No-show", "未到场", "Did not come"),
    CANCELLED("取消", "Cancel", "司法所已取消", "Cancelled by the office");

    private final String actionZh;
    private final String actionEn;
    private final String doneZh;
    private final String doneEn;

    DeskDecision(String actionZh, String actionEn, String doneZh, String doneEn) {
        this.actionZh = actionZh;
        this.actionEn = actionEn;
        this.doneZh = doneZh;
        this.doneEn = doneEn;
    }

    /** The button's label. */
    public String actionZh() {
        return actionZh;
    }

    public String actionEn() {
        return actionEn;
    }

    /** What the booking is once decided, as the desk and the audit log say it. */
    public String doneZh() {
        return doneZh;
    }

    public String doneEn() {
        return doneEn;
    }

    /** The form's value, or empty for anything else. */
    public static java.util.Optional<DeskDecision> parse(String value) {
        for (DeskDecision d : values()) {
            if (d.name().equals(value)) {
                return java.util.Optional.of(d);
            }
        }
        return java.util.Optional.empty();
    }
}

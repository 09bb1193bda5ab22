package org.legalkiosk.hub.desk;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a booking stands for the office: from the kiosk's state and the office's latest decision. A booking the
 * villager made waits for the office's confirmation; once confirmed, the person comes or does not; the office or the
 * villager may cancel until then. Attended, no-show and either cancellation are final: deciding again is refused, so
 * two officers clicking at once cannot undo each other.
 */
public enum DeskStatus {
    AWAITING("待确认", "Awaiting confirmation"),
    CONFIRMED("已确认", "Confirmed"),
    ATTENDED("已到场", "Attended"),
    NO_SHOW("未到场", "No-show"),
    CANCELLED_BY_OFFICE("司法所已取消", "Cancelled by the office"),
    CANCELLED_BY_VISITOR("本人已取消", "Cancelled by the visitor");

    private final String zh;
    private final String en;

    DeskStatus(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** The key the page and its tests use ({@code awaiting}, {@code no-show}, …). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /**
     * @param kioskState the state the kiosk last reported ({@code booking.BookingState} by name)
     * @param latest     the office's latest decision, or null
     */
    public static DeskStatus of(String kioskState, DeskDecision latest) {
        if ("CANCELLED".equals(kioskState) && latest != DeskDecision.CANCELLED) {
            return CANCELLED_BY_VISITOR;
        }
        if (latest != null) {
            return switch (latest) {
                case CONFIRMED -> CONFIRMED;
                case ATTENDED -> ATTENDED;
                case NO_SHOW -> NO_SHOW;
                case CANCELLED -> CANCELLED_BY_OFFICE;
            };
        }
        return switch (kioskState) {
            case "ATTENDED" -> ATTENDED;
            case "NO_SHOW" -> NO_SHOW;
            case "REJECTED" -> CANCELLED_BY_OFFICE;
            default -> AWAITING;
        };
    }

    /** The decisions the office may still make. */
    public Set<DeskDecision> allowed() {
        return switch (this) {
            case AWAITING -> EnumSet.allOf(DeskDecision.class);
            case CONFIRMED -> EnumSet.of(DeskDecision.ATTENDED, DeskDecision.NO_SHOW, DeskDecision.CANCELLED);
            default -> EnumSet.noneOf(DeskDecision.class);
        };
    }

    public boolean allows(DeskDecision decision) {
        return allowed().contains(decision);
    }

    /** The status a decision leads to. */
    public static DeskStatus after(DeskDecision decision) {
        return of("CONFIRMED", decision);
    }
}

package org.legalkiosk.devices.a4;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.legalkiosk.devices.DeviceState;

/**
 * A CUPS queue's state as IPP reports it.
 *
 * @param state     {@code idle}, {@code processing} or {@code stopped}
 * @param reasons   the {@code printer-state-reasons} keywords, e.g. {@code media-empty-error}, {@code paused}
 * @param message   the {@code printer-state-message} (an admin's note such as "paper jam"), possibly empty
 * @param accepting whether the queue accepts new jobs
 */
public record QueueState(String state, List<String> reasons, String message, boolean accepting) {

    public QueueState {
        reasons = List.copyOf(reasons);
        message = message == null ? "" : message;
    }

    /** From {@code ipptool -tv ... get-printer-attributes.test}: lines such as {@code printer-state (enum) = idle}. */
    public static Optional<QueueState> fromIpptool(String output) {
        String state = null;
        List<String> reasons = List.of();
        String message = "";
        boolean accepting = true;
        for (String line : output.split("\n")) {
            String[] attribute = ipptoolAttribute(line.strip());
            if (attribute == null) {
                continue;
            }
            String value = attribute[1].strip();
            switch (attribute[0]) {
                case "printer-state" -> state = value;
                case "printer-state-reasons" -> reasons = List.of(value.split(",\\s*"));
                case "printer-state-message" -> message = value;
                case "printer-is-accepting-jobs" -> accepting = Boolean.parseBoolean(value);
                default -> {}
            }
        }
        return state == null ? Optional.empty() : Optional.of(new QueueState(state, reasons, message, accepting));
    }

    /**
     * {@code name (syntax) = value} split into name and value; null for any other line. Read by hand, not by a
     * regular expression, so a hostile line cannot make the match slow.
     */
    private static String[] ipptoolAttribute(String line) {
        int open = line.indexOf(" (");
        if (open <= 0 || !line.substring(0, open).chars().allMatch(c -> (c >= 'a' && c <= 'z') || c == '-')) {
            return null;
        }
        int close = line.indexOf(')', open + 2);
        if (close < 0 || !line.startsWith(" = ", close + 1)) {
            return null;
        }
        return new String[] {line.substring(0, open), line.substring(close + 4)};
    }

    /**
     * From {@code lpstat -p QUEUE -l}, when ipptool is not installed: {@code printer PDF is idle.} or
     * {@code printer PDF disabled since ... -} followed by the admin's reason on the next line. lpstat gives
     * no reason keywords, so a disabled queue reads as {@code paused}.
     */
    public static Optional<QueueState> fromLpstat(String output) {
        String[] lines = output.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!line.startsWith("printer ")) {
                continue;
            }
            if (line.contains(" disabled since")) {
                String note = i + 1 < lines.length && lines[i + 1].startsWith("\t") ? lines[i + 1].strip() : "";
                return Optional.of(new QueueState("stopped", List.of("paused"), note, true));
            }
            if (line.contains(" is idle")) {
                return Optional.of(new QueueState("idle", List.of("none"), "", true));
            }
            if (line.contains(" now printing")) {
                return Optional.of(new QueueState("processing", List.of("none"), "", true));
            }
        }
        return Optional.empty();
    }

    /** What this means for the kiosk: the state, a reason code, and a sentence for the admin. */
    public Verdict verdict() {
        for (String keyword : reasons) {
            String reason = keyword.toLowerCase(Locale.ROOT).replaceAll("-(error|warning|report)$", "");
            boolean mild = keyword.endsWith("-warning") || keyword.endsWith("-report");
            if (mild && !countsWhenMild(keyword, reason)) {
                continue;
            }
            switch (reason) {
                case "media-empty", "media-needed" -> {
                    return attention("paper-out", "The printer is out of paper");
                }
                case "media-jam" -> {
                    return attention("paper-jam", "Paper is jammed in the printer");
                }
                case "cover-open", "door-open" -> {
                    return attention("cover-open", "The printer's cover is open");
                }
                case "toner-empty", "marker-supply-empty" -> {
                    return attention("toner-out", "The printer is out of toner or ink");
                }
                case "offline", "shutdown", "connecting-to-device", "timed-out" -> {
                    return new Verdict(DeviceState.DISCONNECTED, "offline", describe("The printer is offline"));
                }
                default -> {}
            }
        }
        if ("stopped".equals(state)) {
            return attention("stopped", describe("The print queue is stopped"));
        }
        if (!accepting) {
            return attention("rejecting-jobs", describe("The print queue refuses new jobs"));
        }
        if ("processing".equals(state)) {
            return new Verdict(DeviceState.BUSY, "", "");
        }
        return new Verdict(DeviceState.READY, "", "");
    }

    /**
     * Reasons that matter however mildly the printer words them. An empty tray is reported as {@code -report} by an
     * idle IPP Everywhere printer and as {@code -warning} while it prints (ippeveprinter does exactly that; it says
     * {@code -error} only once stopped), yet the next villager's page will not come out either way. CUPS reports a
     * printer it cannot reach as {@code offline-report}.
     */
    private static boolean countsWhenMild(String keyword, String reason) {
        return reason.equals("media-empty") || reason.equals("media-needed") || keyword.equals("offline-report");
    }

    private Verdict attention(String reason, String description) {
        return new Verdict(DeviceState.NEEDS_ATTENTION, reason, description);
    }

    private String describe(String sentence) {
        return message.isEmpty() ? sentence : sentence + ": " + message;
    }

    public record Verdict(DeviceState state, String reason, String description) {}
}

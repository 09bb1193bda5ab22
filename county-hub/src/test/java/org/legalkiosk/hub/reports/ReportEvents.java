package org.legalkiosk.hub.reports;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.legalkiosk.hub.HubFixture;
import org.legalkiosk.hub.protocol.EnrolRequest;
import org.legalkiosk.hub.protocol.EventEnvelope;
import org.legalkiosk.hub.terminals.TerminalIdentity;

/**
 * A small county's events for the report tests, as the kiosks' outboxes send them (hub clock 2026-12-01, so the
 * current week starts on Monday 2026-11-30): four bookings at two offices over two weeks (waits of 3, 7 and 6 days,
 * one from an older kiosk without office or slot), one malformed booking, self-checks, usage counts with searches
 * that found nothing, and a callback request.
 */
public final class ReportEvents {

    public static final String PHONE = "13812345678";

    private ReportEvents() {}

    public static TerminalIdentity terminal(HubFixture hub, String id, String township) {
        String token = hub.hub
                .terminals()
                .enrol(new EnrolRequest(hub.provision(id, township).enrolCode(), "t"))
                .token();
        return hub.hub.terminals().authenticate(token).orElseThrow();
    }

    public static void send(HubFixture hub, TerminalIdentity terminal, String type, String fields) {
        String key = UUID.randomUUID().toString();
        String body = "{\"type\":\"" + type + "\",\"idempotencyKey\":\"" + key + "\"," + fields + "}";
        hub.hub.events().accept(terminal, EventEnvelope.parse(key, body.getBytes(StandardCharsets.UTF_8)));
    }

    public static void load(HubFixture hub) {
        TerminalIdentity cg = terminal(hub, "rep-cg", "城关镇");
        TerminalIdentity sq = terminal(hub, "rep-sq", "石桥镇");
        // Week of 2026-11-23: two at the township office (waits 3 and 7 days), one at the village workstation (6).
        booking(hub, cg, code("A1"), "township", "legal-aid", "2026-11-24T02:00:00Z", "2026-11-27T09:00");
        booking(hub, cg, code("A2"), "township", "legal-aid", "2026-11-25T03:00:00Z", "2026-12-02T10:00");
        booking(hub, sq, code("B1"), "village", "mediation", "2026-11-26T01:00:00Z", "2026-12-02T09:30");
        // This week, an older kiosk: no office, service or slot in its event.
        send(
                hub,
                cg,
                "booking.created",
                "\"code\":\"C1\",\"slotId\":\"s\",\"matter\":\"loan\",\"state\":\"CONFIRMED\","
                        + "\"created\":\"2026-11-30T05:00:00Z\"");
        // Malformed dates: left out, the report still builds.
        send(
                hub,
                cg,
                "booking.created",
                "\"code\":\"X1\",\"created\":\"sometime soon\",\"slotStart\":\"2026-13-45T99:00\"");
        send(
                hub,
                cg,
                "selfcheck.completed",
                "\"checkId\":\"legal-aid\",\"outcomeId\":\"likely\",\"count\":1," + "\"day\":\"2026-11-26\"");
        send(
                hub,
                sq,
                "selfcheck.completed",
                "\"checkId\":\"legal-aid\",\"outcomeId\":\"likely\",\"count\":1," + "\"day\":\"2026-11-27\"");
        send(
                hub,
                sq,
                "selfcheck.completed",
                "\"checkId\":\"legal-aid\",\"outcomeId\":\"unlikely\",\"count\":1," + "\"day\":\"2026-11-27\"");
        send(
                hub,
                cg,
                "usage.counts",
                "\"day\":\"2026-11-26\",\"counts\":{\"explainer.view\":{\"unpaid-wages\":5,"
                        + "\"divorce\":2},\"category.view\":{\"labour\":3},\"search.nothingFound\":4,\"search.abandoned\":2}");
        send(
                hub,
                sq,
                "usage.counts",
                "\"day\":\"2026-11-30\",\"counts\":{\"explainer.view\":{\"unpaid-wages\":1},"
                        + "\"search.nothingFound\":1}");
        send(
                hub,
                cg,
                "callback.requested",
                "\"topic\":\"land\",\"phone\":\"" + PHONE + "\",\"language\":\"zh\","
                        + "\"requested\":\"2026-11-30T02:00:00Z\"");
    }

    private static void booking(
            HubFixture hub,
            TerminalIdentity t,
            String code,
            String office,
            String service,
            String created,
            String slot) {
        send(
                hub,
                t,
                "booking.created",
                "\"code\":\"" + code + "\",\"slotId\":\"s-" + code + "\",\"matter\":\"loan\","
                        + "\"state\":\"CONFIRMED\",\"created\":\"" + created + "\",\"officeId\":\"" + office + "\","
                        + "\"serviceId\":\"" + service + "\",\"slotStart\":\"" + slot + "\"");
    }

    /** A valid booking code for a short label (A1, A2, B1), so the desk's projection keeps the booking too. */
    static String code(String label) {
        String body =
                java.util.Map.of("A1", "AAA22", "A2", "AAA32", "B1", "AAC22").get(label);
        return body + org.legalkiosk.booking.domain.BookingCode.checkCharacter(body);
    }
}

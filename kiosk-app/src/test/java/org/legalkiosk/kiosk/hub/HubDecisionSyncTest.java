package org.legalkiosk.kiosk.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.booking.domain.BookingState;
import org.legalkiosk.booking.domain.Office;
import org.legalkiosk.booking.domain.OfficeDecision;
import org.legalkiosk.booking.domain.Service;
import org.legalkiosk.booking.domain.Slot;
import org.legalkiosk.booking.store.BookingStore;
import org.legalkiosk.hub.protocol.BookingDecision;
import org.legalkiosk.hub.protocol.HeartbeatReply;
import org.legalkiosk.hub.protocol.HeartbeatRequest;

/**
 * The terminal's side of the decisions' round trip without the network: what it acknowledges, when it forgets an
 * acknowledgement, and what it leaves for the hub to send again.
 */
class HubDecisionSyncTest {

    private static final Instant AT = Instant.parse("2026-12-02T01:00:00Z");
    private static final HeartbeatRequest BEAT = new HeartbeatRequest("0.1.0", 1L, List.of(), 0, null, 0, null, 1);

    @TempDir
    Path dir;

    private static HeartbeatReply reply(BookingDecision... decisions) {
        return new HeartbeatReply(60, null, List.of(), false, AT).withDecisions(List.of(decisions));
    }

    @Test
    void everyDecisionDealtWithIsAcknowledgedOnceAndForgottenWhenTheHubTookIt() {
        try (BookingStore store = BookingStore.open(dir)) {
            LocalDateTime nine = LocalDateTime.of(2026, 12, 3, 9, 0);
            store.putSchedule(
                    List.of(new Office("o1", "城关镇司法所", "一楼", "0000-1", "周一至周五")),
                    List.of(new Service("aid", "法律援助", "Legal aid")),
                    List.of(new Slot("s1", "o1", "aid", nine, nine.plusMinutes(30), 2)));
            String code = store.book("s1", "张三", "11010519491231002X", "13800138000", "欠薪", "")
                    .code();
            AtomicInteger woken = new AtomicInteger();
            HubDecisionSync sync = new HubDecisionSync(store.decisions(), woken::incrementAndGet);

            HeartbeatRequest first = sync.report(BEAT);
            assertEquals(List.of(), first.decisionAcks(), "an empty list: this kiosk takes decisions");
            sync.answered(
                    first,
                    reply(
                            new BookingDecision(5, code, "CANCELLED", "重复预约", AT),
                            new BookingDecision(6, "ACDEF2", "CONFIRMED", null, AT), // purged here
                            new BookingDecision(7, code, "RESCHEDULED", null, AT))); // a newer hub's kind
            assertEquals(BookingState.REJECTED, store.find(code).orElseThrow().state());
            assertEquals(1, woken.get(), "the outbox worker is woken for the cancellation's event");

            HeartbeatRequest second = sync.report(BEAT);
            assertEquals(List.of(5L, 6L, 7L), second.decisionAcks());
            // The reply to the second is lost: the acknowledgements go again with the third.
            HeartbeatRequest third = sync.report(BEAT);
            assertEquals(List.of(5L, 6L, 7L), third.decisionAcks());
            sync.answered(third, reply(new BookingDecision(5, code, "CANCELLED", "重复预约", AT)));
            assertEquals(List.of(5L), sync.report(BEAT).decisionAcks(), "a repeat is acknowledged again");
            assertEquals(1, woken.get(), "a repeat changes nothing");
        }
    }

    @Test
    void aDecisionTheStoreCannotWriteIsLeftForTheHubToSendAgain() throws Exception {
        BookingStore store = BookingStore.open(dir);
        // The file goes: every write now fails, as on a full or broken disk.
        Files.delete(dir.resolve(BookingStore.DATABASE_FILE));
        Files.createDirectory(dir.resolve(BookingStore.DATABASE_FILE));
        HubDecisionSync sync = new HubDecisionSync(store.decisions());
        sync.answered(sync.report(BEAT), reply(new BookingDecision(9, "ACDEF2", "CONFIRMED", null, AT)));
        assertEquals(List.of(), sync.report(BEAT).decisionAcks());
    }

    @Test
    void aListReasonTravelsByNameAndOneThisKioskDoesNotKnowFallsBackToTheChineseText() {
        OfficeDecision known = HubDecisionSync.officeDecision(
                new BookingDecision(5, "ACDEF2", "CANCELLED", "司法所当天不办公：停电", "OFFICE_CLOSED", "停电", AT),
                OfficeDecision.Kind.CANCELLED);
        assertEquals(OfficeDecision.Reason.OFFICE_CLOSED, known.listReason());
        assertEquals("The office is closed that day – 停电", known.reasonIn(true));
        assertEquals("司法所当天不办公：停电", known.reasonIn(false));

        OfficeDecision newer = HubDecisionSync.officeDecision(
                new BookingDecision(6, "ACDEF2", "CANCELLED", "道路中断：暴雨", "ROAD_CLOSED", "暴雨", AT),
                OfficeDecision.Kind.CANCELLED);
        assertNull(newer.listReason());
        assertNull(newer.words());
        assertEquals("道路中断：暴雨", newer.reasonIn(true));

        OfficeDecision oldHub = HubDecisionSync.officeDecision(
                new BookingDecision(7, "ACDEF2", "CANCELLED", "重复预约", AT), OfficeDecision.Kind.CANCELLED);
        assertEquals("重复预约", oldHub.reasonIn(true));
    }
}

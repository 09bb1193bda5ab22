package org.legalkiosk.hub.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.sql.DataSource;

import org.legalkiosk.booking.domain.BookingCode;
import org.legalkiosk.hub.Hub;
import org.legalkiosk.hub.notices.NoticeDraft;
import org.legalkiosk.hub.protocol.AuditHead;
import org.legalkiosk.hub.protocol.DeviceReport;
import org.legalkiosk.hub.protocol.HeartbeatRequest;
import org.legalkiosk.hub.protocol.WireJson;
import org.legalkiosk.hub.security.Tokens;

/**
 * The county the benchmark simulates: {@code terminals} enrolled terminals spread over {@link #TOWNSHIPS} townships
 * (one group each, with a content target and two notices), and what each terminal sends. Terminals are written
 * straight into the tables (15,000 one-time codes traded one by one would take longer than the load itself); their
 * tokens are derived from their ids so the load generator needs no list of secrets.
 *
 * <p>A terminal's heartbeats look like a kiosk's: three devices (one terminal in fifty has its receipt printer out
 * of paper), counters, and an audit-log head that grows by a few lines each minute and proves itself against the
 * previous head, so the hub's anchor check does its real work (read, compare, move the anchor) on every beat.
 */
final class SimulatedFleet {

    static final int TOWNSHIPS = 24;

    private final int terminals;
    private final int[] beats;
    private final long[] events;
    /** Seeded: two runs send the same codes. Called from the load's one dispatcher thread only. */
    private final Random codes = new Random(14);

    SimulatedFleet(int terminals) {
        if (terminals < 1 || terminals > 100_000) {
            throw new IllegalArgumentException("terminals must be within 1..100000");
        }
        this.terminals = terminals;
        this.beats = new int[terminals];
        this.events = new long[terminals];
    }

    int size() {
        return terminals;
    }

    static String id(int i) {
        return String.format(Locale.ROOT, "t%05d", i);
    }

    static String township(int i) {
        return String.format(Locale.ROOT, "第%02d镇", i % TOWNSHIPS + 1);
    }

    static String token(int i) {
        return "bench-token-"
                + HexFormat.of().formatHex(Tokens.sha256(("bench:" + i).getBytes(StandardCharsets.UTF_8)));
    }

    /** Groups, notices and enrolled terminals, as a county with this many terminals would have them. */
    void seed(Hub hub, Instant now) throws SQLException {
        for (int g = 0; g < TOWNSHIPS; g++) {
            String group = township(g);
            hub.groups().put("bench", group, 600);
            hub.groups().setContentTarget("bench", group, "stable", 7);
            hub.notices()
                    .create(
                            "bench",
                            new NoticeDraft(
                                    group + "法律援助值班时间调整",
                                    "Legal aid duty hours change",
                                    "本周六上午九点至十二点，县法律援助中心律师在" + group + "便民服务中心值班，可当面咨询。",
                                    "Saturday 9 to 12, a legal aid lawyer is at the service centre.",
                                    false,
                                    now.minus(Duration.ofHours(1)),
                                    now.plus(Duration.ofDays(3)),
                                    List.of(group)));
        }
        hub.notices()
                .create(
                        "bench",
                        new NoticeDraft(
                                "停电通知",
                                "Power cut",
                                "明日 8:00–12:00 全县线路检修，终端暂停服务。",
                                "Tomorrow 8:00–12:00 the terminals are off for line maintenance.",
                                true,
                                now.minus(Duration.ofHours(1)),
                                now.plus(Duration.ofDays(1)),
                                List.of()));
        insertTerminals(hub.db(), now);
    }

    private void insertTerminals(DataSource db, Instant now) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement insert = c.prepareStatement("""
                        INSERT INTO terminals (id, name, township, group_name, token_hash, enrolled_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")) {
            c.setAutoCommit(false);
            for (int i = 0; i < terminals; i++) {
                insert.setString(1, id(i));
                insert.setString(2, "村便民服务站 " + i);
                insert.setString(3, township(i));
                insert.setString(4, township(i));
                insert.setBytes(5, Tokens.sha256(token(i)));
                insert.setTimestamp(6, Timestamp.from(now));
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            c.commit();
        }
    }

    /** Terminal {@code i}'s next heartbeat; called from one thread (the load's dispatcher) only. */
    byte[] nextHeartbeat(int i) {
        int beat = beats[i]++;
        long lines = 200 + 6L * beat;
        AuditHead audit = beat == 0
                ? new AuditHead(lines, lineHash(i, lines), 0, null, null)
                : new AuditHead(lines, lineHash(i, lines), 0, lines - 6, lineHash(i, lines - 6));
        boolean paperOut = i % 50 == 0;
        HeartbeatRequest request = new HeartbeatRequest(
                "0.1.0",
                7L,
                List.of(
                        new DeviceReport(
                                "receipt",
                                "RECEIPT_PRINTER",
                                paperOut ? "NEEDS_ATTENTION" : "READY",
                                paperOut ? "paper-out" : null),
                        new DeviceReport("idcard", "ID_CARD_READER", "READY", null),
                        new DeviceReport("a4", "A4_PRINTER", "READY", null)),
                i % 7,
                null,
                i % 13 == 0 ? 3 : 0,
                8_000_000_000L - i,
                3600L + 60L * beat,
                null,
                audit);
        return WireJson.write(request);
    }

    /**
     * A booking event from terminal {@code i} as its outbox posts it (booking.store.BookingWrites: a valid code, the
     * state, the office and service, the visitor's name and phone), with a key never used before, so the desk's
     * projection does its real work on every event.
     */
    Event nextEvent(int i) {
        long n = events[i]++;
        String key = "bk-" + id(i) + "-" + n;
        String code = BookingCode.generate(codes);
        int office = i % TOWNSHIPS + 1;
        String body = """
                {"type":"booking.created","idempotencyKey":"%s","code":"%s","slotId":"s-%d-%d","matter":"欠薪",\
                "state":"CONFIRMED","created":"2026-12-02T02:00:00Z","changeSeq":1,"officeId":"office-%02d",\
                "officeName":"%s司法所","serviceId":"legal-aid","serviceZh":"法律援助","serviceEn":"Legal aid",\
                "slotStart":"2026-12-08T09:00","slotEnd":"2026-12-08T09:30",\
                "visitor":{"name":"张三","phone":"13812345678"}}""".formatted(key, code, i, n, office, township(i));
        return new Event(key, body.getBytes(StandardCharsets.UTF_8));
    }

    record Event(String key, byte[] body) {}

    private static String lineHash(int terminal, long line) {
        return HexFormat.of().formatHex(Tokens.sha256((terminal + ":" + line).getBytes(StandardCharsets.UTF_8)));
    }
}

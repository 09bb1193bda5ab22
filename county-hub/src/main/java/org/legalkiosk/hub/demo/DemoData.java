package org.legalkiosk.hub.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.legalkiosk.hub.Hub;
import org.legalkiosk.hub.notices.NoticeDraft;
import org.legalkiosk.hub.protocol.DeviceReport;
import org.legalkiosk.hub.protocol.EnrolRequest;
import org.legalkiosk.hub.protocol.HeartbeatRequest;
import org.legalkiosk.hub.terminals.HeartbeatIntake;
import org.legalkiosk.hub.terminals.Provisioned;
import org.legalkiosk.hub.terminals.TerminalIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small county for the demo: three townships and a pilot group, eight village terminals (most online, one offline
 * for two hours, one with its receipt printer out of paper, one whose help button was pressed), a notice, a schedule
 * ({@link DemoSchedule}: offices, services, working plans, which terminals sell their seats), and three users, one
 * per role. A ninth terminal, {@code demo-kiosk}, is provisioned but not enrolled: its code is in
 * {@code DATA_DIR/demo-enrol-code} for {@code legalkiosk run --demo} to enrol with. Logins are in
 * {@code DATA_DIR/demo-logins.txt}. Loaded once, into an empty database.
 */
public final class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    public static final String ADMIN = "admin";
    public static final String OFFICER = "chengguan";
    public static final String AUDITOR = "auditor";
    /** Demo passwords: printed, written to a file, and only ever in a demo database. */
    public static final String PASSWORD = "demo-password-2026";

    public static final String KIOSK_ID = "demo-kiosk";

    private final Hub hub;
    private final Path dataDir;

    public DemoData(Hub hub, Path dataDir) {
        this.hub = hub;
        this.dataDir = dataDir;
    }

    public void loadIfEmpty() throws IOException {
        if (!hub.users().isEmpty()) {
            LOG.info("Demo data already loaded");
            return;
        }
        String actor = "demo";
        hub.groups().put(actor, "城关镇", 300);
        hub.groups().put(actor, "石桥镇", 300);
        hub.groups().put(actor, "河西乡", 900); // 4G only: more patience before "offline"
        hub.groups().put(actor, "试点", 300);

        Instant now = hub.clock().instant();
        enrolAndBeat("cg-dongjie", "东街村公共法律服务站", "城关镇", "城关镇", now, List.of(ready("receipt")), 0);
        enrolAndBeat(
                "cg-xijie",
                "西街村公共法律服务站",
                "城关镇",
                "试点",
                now,
                List.of(new DeviceReport("receipt", "RECEIPT_PRINTER", "NEEDS_ATTENTION", "paper-out")),
                0);
        enrolAndBeat("cg-nanguan", "南关村公共法律服务站", "城关镇", "城关镇", now, List.of(ready("receipt")), 3);
        enrolAndBeat("sq-shiqiao", "石桥村公共法律服务站", "石桥镇", "石桥镇", now, List.of(ready("receipt")), 0);
        enrolAndBeat(
                "sq-liujia", "刘家村公共法律服务站", "石桥镇", "石桥镇", now.minus(Duration.ofHours(2)), List.of(ready("receipt")), 0);
        enrolAndBeat(
                "sq-wangzhuang",
                "王庄村公共法律服务站",
                "石桥镇",
                "试点",
                now,
                List.of(new DeviceReport("idcard", "ID_CARD_READER", "DISCONNECTED", "no-reply")),
                0);
        enrolAndBeat("hx-hexi", "河西村公共法律服务站", "河西乡", "河西乡", now, List.of(ready("receipt")), 0);
        enrolAndBeat("hx-shangzhuang", "上庄村公共法律服务站", "河西乡", "河西乡", now, List.of(ready("receipt")), 1);
        Provisioned kiosk = hub.terminals().provision(actor, KIOSK_ID, "演示终端", "城关镇", "试点");
        Files.writeString(dataDir.resolve("demo-enrol-code"), kiosk.enrolCode() + "\n", StandardCharsets.US_ASCII);
        DemoSchedule.load(hub.schedules(), actor, KIOSK_ID);

        hub.notices()
                .create(
                        ADMIN,
                        new NoticeDraft(
                                "12月5日为国家宪法日，司法所开放咨询",
                                "Constitution Day on 5 December: the judicial office is open for questions",
                                "12月5日上午9点至12点，镇司法所工作人员在村委会解答法律问题，欢迎前来。",
                                "On 5 December, 9:00 to 12:00, staff of the township judicial office answer legal questions in the"
                                        + " village committee.",
                                false,
                                now,
                                now.plus(Duration.ofDays(7)),
                                List.of()));

        hub.users().add(actor, ADMIN, "县司法局 王主任", org.legalkiosk.hub.users.Role.COUNTY_ADMIN, null, PASSWORD);
        hub.users().add(actor, OFFICER, "城关镇司法所 李专员", org.legalkiosk.hub.users.Role.TOWNSHIP_OFFICER, "城关镇", PASSWORD);
        hub.users().add(actor, AUDITOR, "县纪委 张审计", org.legalkiosk.hub.users.Role.AUDITOR, null, PASSWORD);
        Files.writeString(
                dataDir.resolve("demo-logins.txt"),
                String.join(
                        "\n",
                        "County hub demo logins (password for all: " + PASSWORD + ")",
                        ADMIN + "      county admin",
                        OFFICER + "  township officer of 城关镇",
                        AUDITOR + "    auditor (reads only)",
                        ""),
                StandardCharsets.UTF_8);
        LOG.info(
                "Demo data loaded: log in as '{}' / '{}' (see {})",
                ADMIN,
                PASSWORD,
                dataDir.resolve("demo-logins.txt"));
    }

    private void enrolAndBeat(
            String id,
            String name,
            String township,
            String group,
            Instant at,
            List<DeviceReport> devices,
            int helpPresses) {
        Provisioned p = hub.terminals().provision("demo", id, name, township, group);
        hub.terminals().enrol(new EnrolRequest(p.enrolCode(), "0.1.0"));
        HeartbeatIntake intake = new HeartbeatIntake(
                hub.db(), hub.notices(), Clock.fixed(at, Clock.systemUTC().getZone()), hub.heartbeatSeconds());
        intake.accept(
                new TerminalIdentity(id, township, group),
                new HeartbeatRequest(
                        "0.1.0",
                        3L,
                        devices,
                        helpPresses,
                        helpPresses > 0 ? at.minus(Duration.ofMinutes(20)) : null,
                        helpPresses > 0 ? 2 : 0,
                        20L << 30,
                        86_400));
    }

    private static DeviceReport ready(String id) {
        return new DeviceReport(id, "RECEIPT_PRINTER", "READY", null);
    }
}

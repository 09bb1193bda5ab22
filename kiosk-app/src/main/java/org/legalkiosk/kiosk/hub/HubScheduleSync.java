package org.legalkiosk.kiosk.hub;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.legalkiosk.booking.domain.Slot;
import org.legalkiosk.booking.schedule.InvalidScheduleException;
import org.legalkiosk.booking.schedule.Schedule;
import org.legalkiosk.booking.schedule.ScheduleReader;
import org.legalkiosk.booking.store.BookingStore;
import org.legalkiosk.booking.store.ScheduleResult;
import org.legalkiosk.hub.protocol.ScheduleReport;
import org.legalkiosk.hub.protocol.TerminalSchedule;
import org.legalkiosk.kiosk.store.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the schedule the county hub sends in a heartbeat reply (this terminal's quota of each slot as the slot's
 * seats) through the booking store's own rules: {@link BookingStore#putSchedule} never drops or shrinks a slot below
 * the confirmed bookings it holds. What it kept beyond the hub's quota is reported back with the applied version in
 * every heartbeat ({@link #report()}), so the hub counts those seats as this terminal's and gives them to no one else
 * (docs/decisions/0060).
 * <p>
 * The report is kept in {@code DATA_DIR/hub-schedule.json} and written only after the store committed the schedule:
 * after a crash in between the terminal reports the older version and the hub sends the same schedule again, which
 * applies to the same result.
 */
public final class HubScheduleSync {

    public static final String STATE_FILE = "hub-schedule.json";

    private static final Logger LOG = LoggerFactory.getLogger(HubScheduleSync.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BookingStore store;
    private final Path stateFile;
    private final Clock clock;
    private volatile ScheduleReport report;

    public HubScheduleSync(BookingStore store, Path dataDir, Clock clock) {
        this.store = store;
        this.stateFile = dataDir.resolve(STATE_FILE);
        this.clock = clock;
        this.report = load(stateFile);
    }

    /** The version applied last and the seats kept beyond it, for the next heartbeat. */
    public ScheduleReport report() {
        return report;
    }

    /**
     * Reads the document with the booking module's strict reader and puts it into the store. A document the reader
     * refuses changes nothing (the terminal keeps selling the quotas it has) and is logged; the report stays at the
     * older version, so the hub keeps counting the older quotas as this terminal's.
     */
    public void apply(TerminalSchedule schedule) throws IOException {
        if (schedule.version() <= report.version()) {
            return;
        }
        Schedule read;
        try {
            read = ScheduleReader.read(schedule.document(), LocalDate.now(clock));
        } catch (InvalidScheduleException e) {
            LOG.error("The hub's schedule v{} was refused: {}", schedule.version(), e.getMessage());
            return;
        }
        ScheduleResult result = store.putSchedule(read.offices(), read.services(), read.slots());
        Map<String, Integer> given = new java.util.HashMap<>();
        for (Slot slot : read.slots()) {
            given.put(slot.id(), slot.capacity());
        }
        List<ScheduleReport.KeptSeats> kept = new ArrayList<>();
        for (ScheduleResult.KeptSlot slot : result.keptSlots()) {
            Integer quota = given.get(slot.slotId());
            if (quota != null && slot.capacity() > quota) {
                kept.add(new ScheduleReport.KeptSeats(slot.slotId(), slot.capacity()));
            }
        }
        if (kept.size() > ScheduleReport.MAX_KEPT) {
            // Acknowledging would leave seats the hub cannot count: it keeps counting the older, larger quotas.
            LOG.warn(
                    "Schedule v{} applied, but {} slots hold more bookings than their quota; not acknowledged",
                    schedule.version(),
                    kept.size());
            return;
        }
        ScheduleReport next = new ScheduleReport(schedule.version(), kept);
        AtomicFiles.write(stateFile, JSON.writeValueAsBytes(next));
        report = next;
        LOG.info(
                "Schedule v{} from the hub: {} slots; {} kept for bookings beyond the quota",
                schedule.version(),
                result.slots(),
                kept.size());
    }

    private static ScheduleReport load(Path file) {
        try {
            return JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), ScheduleReport.class);
        } catch (NoSuchFileException e) {
            return new ScheduleReport(0, List.of());
        } catch (IOException | RuntimeException e) {
            // Reporting version 0 makes the hub send the schedule again and keep counting what it sent before.
            LOG.warn("{} unreadable ({}); asking the hub for the schedule again", file, e.getMessage());
            return new ScheduleReport(0, List.of());
        }
    }
}

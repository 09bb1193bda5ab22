package org.legalkiosk.booking.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.legalkiosk.booking.domain.Office;
import org.legalkiosk.booking.domain.Service;
import org.legalkiosk.booking.domain.Slot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces the schedule (offices, services, slots) in one transaction, as {@code PUT /api/v1/schedule} asks, while
 * keeping every seat a confirmed booking holds: see {@link #put}.
 */
final class ScheduleReplacement {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleReplacement.class);

    private final Database database;

    ScheduleReplacement(Database database) {
        this.database = database;
    }

    /**
     * Replaces the schedule: offices, services and slots, in one transaction. Bookings stay.
     * <p>
     * A slot that holds confirmed bookings is never dropped, moved or shrunk below its bookings, whatever the new
     * schedule says: the people holding those bookings carry a printed slip with that office and time and may have
     * travelled for it, and they may have booked while the terminal was offline, so the county could not know about
     * them when it wrote the schedule. Dropping the slot would orphan their bookings; shrinking it below the number
     * booked would turn the capacity check's promise (never more bookings than seats) into a lie. Such a slot keeps
     * its office and time, its capacity is cut to what is booked (so no new seat is sold in a slot the county wanted
     * gone), and it is reported in the result so the county can honour those seats. The offices and services such
     * a slot refers to stay readable by id but are no longer listed to new visitors ({@code position IS NULL}).
     */
    ScheduleResult put(Collection<Office> offices, Collection<Service> services, Collection<Slot> slots) {
        ScheduleResult result = database.inTransaction(connection -> {
            Map<String, Integer> booked = new HashMap<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery(
                            "SELECT slot_id, count(*) FROM bookings WHERE state = 'CONFIRMED' GROUP BY slot_id")) {
                while (rs.next()) {
                    booked.put(rs.getString(1), rs.getInt(2));
                }
            }
            Map<String, Slot> held = new HashMap<>();
            for (String id : booked.keySet()) {
                ScheduleReads.slot(connection, id).ifPresent(slot -> held.put(id, slot));
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("DELETE FROM slots WHERE id NOT IN"
                        + " (SELECT slot_id FROM bookings WHERE state = 'CONFIRMED')");
            }
            List<ScheduleResult.KeptSlot> kept = new ArrayList<>();
            Set<String> inDocument = new HashSet<>();
            int loaded = 0;
            for (Slot slot : slots) {
                inDocument.add(slot.id());
                Slot old = held.get(slot.id());
                int taken = booked.getOrDefault(slot.id(), 0);
                if (old == null) {
                    insertSlot(connection, slot);
                    loaded++;
                } else if (!sameTimeAndPlace(old, slot)) {
                    setCapacity(connection, old.id(), taken);
                    kept.add(new ScheduleResult.KeptSlot(old.id(), taken, taken, ScheduleResult.Reason.MOVED));
                } else {
                    setCapacity(connection, old.id(), Math.max(slot.capacity(), taken));
                    setBookBy(connection, old.id(), slot);
                    loaded++;
                    if (slot.capacity() < taken) {
                        kept.add(new ScheduleResult.KeptSlot(old.id(), taken, taken, ScheduleResult.Reason.SHRUNK));
                    }
                }
            }
            for (Slot old : held.values()) {
                if (!inDocument.contains(old.id())) {
                    int taken = booked.get(old.id());
                    setCapacity(connection, old.id(), taken);
                    kept.add(new ScheduleResult.KeptSlot(old.id(), taken, taken, ScheduleResult.Reason.DROPPED));
                }
            }
            kept.sort(Comparator.comparing(ScheduleResult.KeptSlot::slotId));
            upsertOffices(connection, offices);
            upsertServices(connection, services);
            return new ScheduleResult(
                    offices.size(),
                    services.size(),
                    loaded,
                    kept,
                    unlisted(connection, "offices"),
                    unlisted(connection, "services"));
        });
        LOG.info(
                "Schedule replaced: {} offices, {} services, {} slots; {} slots kept for confirmed bookings",
                result.offices(),
                result.services(),
                result.slots(),
                result.keptSlots().size());
        return result;
    }

    private static boolean sameTimeAndPlace(Slot a, Slot b) {
        return a.officeId().equals(b.officeId())
                && a.serviceId().equals(b.serviceId())
                && a.start().equals(b.start())
                && a.end().equals(b.end());
    }

    private static void insertSlot(Connection connection, Slot slot) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO slots (id, office_id, service_id, start, end, capacity, book_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, slot.id());
            insert.setString(2, slot.officeId());
            insert.setString(3, slot.serviceId());
            insert.setString(4, slot.start().toString());
            insert.setString(5, slot.end().toString());
            insert.setInt(6, slot.capacity());
            insert.setString(7, slot.bookBy().toString());
            insert.executeUpdate();
        }
    }

    private static void setCapacity(Connection connection, String slotId, int capacity) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE slots SET capacity = ? WHERE id = ?")) {
            update.setInt(1, capacity);
            update.setString(2, slotId);
            update.executeUpdate();
        }
    }

    /** A kept slot takes the new schedule's notice like its seats. */
    private static void setBookBy(Connection connection, String slotId, Slot slot) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE slots SET book_by = ? WHERE id = ?")) {
            update.setString(1, slot.bookBy().toString());
            update.setString(2, slotId);
            update.executeUpdate();
        }
    }

    /** Offices of the document get its order; the others lose their place and go unless a slot still needs them. */
    private static void upsertOffices(Connection connection, Collection<Office> offices) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("UPDATE offices SET position = NULL");
        }
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO offices (id, name, address, phone, hours, position) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, address = excluded.address,
                    phone = excluded.phone, hours = excluded.hours, position = excluded.position""")) {
            int position = 0;
            for (Office office : offices) {
                upsert.setString(1, office.id());
                upsert.setString(2, office.name());
                upsert.setString(3, office.address());
                upsert.setString(4, office.phone());
                upsert.setString(5, office.hours());
                upsert.setInt(6, position++);
                upsert.executeUpdate();
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM offices WHERE position IS NULL AND id NOT IN (SELECT office_id FROM slots)");
        }
    }

    private static void upsertServices(Connection connection, Collection<Service> services) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("UPDATE services SET position = NULL");
        }
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO services (id, name_zh, name_en, position) VALUES (?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en,
                    position = excluded.position""")) {
            int position = 0;
            for (Service service : services) {
                upsert.setString(1, service.id());
                upsert.setString(2, service.nameZh());
                upsert.setString(3, service.nameEn());
                upsert.setInt(4, position++);
                upsert.executeUpdate();
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(
                    "DELETE FROM services WHERE position IS NULL AND id NOT IN (SELECT service_id FROM slots)");
        }
    }

    private static List<String> unlisted(Connection connection, String table) throws SQLException {
        // One constant query per table: a table name cannot be a bind parameter, and a constant cannot be injected.
        String query = switch (table) {
            case "offices" -> "SELECT id FROM offices WHERE position IS NULL ORDER BY id";
            case "services" -> "SELECT id FROM services WHERE position IS NULL ORDER BY id";
            default -> throw new IllegalArgumentException("no listed/unlisted rows in " + table);
        };
        List<String> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(query)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }
}

package org.legalkiosk.hub.terminals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

import org.legalkiosk.hub.db.DataAccessException;
import org.legalkiosk.hub.db.Transactions;
import org.legalkiosk.hub.protocol.PngCheck;

/**
 * The last screenshot of each terminal (one row, overwritten). An upload is taken only as the answer to a request
 * the terminal got with a heartbeat within {@link #ANSWER_WITHIN}; the request is then used up, so a terminal (or a
 * stolen token) cannot fill the database with pictures nobody asked for.
 */
public final class ScreenshotStore {

    /** How long after a request went out an answer is taken: a heartbeat interval or two, and a slow 4G upload. */
    public static final Duration ANSWER_WITHIN = Duration.ofMinutes(10);

    /** The upload was not asked for, or came too late. */
    public static final class NotRequestedException extends RuntimeException {
        NotRequestedException() {
            super("no screenshot was requested from this terminal in the last " + ANSWER_WITHIN.toMinutes()
                    + " minutes");
        }
    }

    private final DataSource db;
    private final Clock clock;

    public ScreenshotStore(DataSource db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Stores a PNG as the terminal's last screenshot.
     *
     * @throws IllegalArgumentException when the bytes are not a PNG of a sensible size
     * @throws NotRequestedException    when no request is waiting for an answer
     */
    public void store(TerminalIdentity terminal, byte[] png) {
        PngCheck.Size size = PngCheck.check(png);
        put(terminal, png, size.width(), size.height(), null);
    }

    /** Records that the terminal could not take a screenshot, and why. */
    public void unavailable(TerminalIdentity terminal, String reason) {
        put(terminal, null, 0, 0, reason);
    }

    /** The last answer, if any. */
    public Optional<Screenshot> latest(String terminalId) {
        try (Connection c = db.getConnection();
                PreparedStatement q = c.prepareStatement(
                        "SELECT received_at, width, height, unavailable FROM terminal_screenshots WHERE terminal_id = ?")) {
            q.setString(1, terminalId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Screenshot(
                                rs.getTimestamp(1).toInstant(), rs.getInt(2), rs.getInt(3), rs.getString(4)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DataAccessException("cannot read a screenshot", e);
        }
    }

    /** The last picture's bytes, if the last answer was a picture. */
    public Optional<byte[]> png(String terminalId) {
        try (Connection c = db.getConnection();
                PreparedStatement q = c.prepareStatement(
                        "SELECT png FROM terminal_screenshots WHERE terminal_id = ? AND png IS NOT NULL")) {
            q.setString(1, terminalId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DataAccessException("cannot read a screenshot", e);
        }
    }

    private void put(TerminalIdentity terminal, byte[] png, int width, int height, String unavailable) {
        Instant now = clock.instant();
        Transactions.inTransaction(db, "store a screenshot", c -> {
            try (PreparedStatement take = c.prepareStatement("""
                    UPDATE terminals SET screenshot_handed_out_at = NULL
                    WHERE id = ? AND screenshot_handed_out_at > ?""")) {
                take.setString(1, terminal.id());
                take.setTimestamp(2, Timestamp.from(now.minus(ANSWER_WITHIN)));
                if (take.executeUpdate() == 0) {
                    throw new NotRequestedException();
                }
            }
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO terminal_screenshots (terminal_id, received_at, png, width, height, unavailable)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (terminal_id) DO UPDATE SET received_at = excluded.received_at, png = excluded.png,
                        width = excluded.width, height = excluded.height, unavailable = excluded.unavailable""")) {
                upsert.setString(1, terminal.id());
                upsert.setTimestamp(2, Timestamp.from(now));
                upsert.setBytes(3, png);
                upsert.setInt(4, width);
                upsert.setInt(5, height);
                upsert.setString(6, unavailable);
                upsert.executeUpdate();
            }
            return null;
        });
    }
}

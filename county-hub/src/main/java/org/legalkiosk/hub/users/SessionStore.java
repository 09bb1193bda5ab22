package org.legalkiosk.hub.users;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;

import org.legalkiosk.hub.db.DataAccessException;
import org.legalkiosk.hub.security.Tokens;

/**
 * Console sessions in PostgreSQL, so a restart of the hub or a second hub behind the same database keeps people
 * logged in. The browser holds a random id; the table holds its hash, the user and the session's CSRF token.
 * Sessions last 8 hours (a working day) from login.
 */
public final class SessionStore {

    public static final Duration LIFETIME = Duration.ofHours(8);

    /** A live session: who, and the token every form of this session must carry. */
    public record Session(User user, String csrfToken) {}

    /** What a new login gives the browser. */
    public record NewSession(String cookieValue, Session session) {}

    private final DataSource db;
    private final Clock clock;

    public SessionStore(DataSource db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public NewSession create(User user) {
        String id = Tokens.newToken();
        String csrf = Tokens.newToken();
        try (Connection c = db.getConnection();
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at) VALUES (?, ?, ?, ?)")) {
            insert.setBytes(1, Tokens.sha256(id));
            insert.setLong(2, user.id());
            insert.setString(3, csrf);
            insert.setTimestamp(4, Timestamp.from(clock.instant().plus(LIFETIME)));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException("cannot create a session", e);
        }
        return new NewSession(id, new Session(user, csrf));
    }

    public Optional<Session> find(String cookieValue) {
        if (cookieValue == null || cookieValue.length() > 100) {
            return Optional.empty();
        }
        try (Connection c = db.getConnection();
                PreparedStatement q = c.prepareStatement(
                        "SELECT u.id, u.username, u.display_name, u.role, u.township, u.disabled, s.csrf_token"
                                + " FROM sessions s JOIN users u ON u.id = s.user_id"
                                + " WHERE s.token_hash = ? AND s.expires_at > ? AND NOT u.disabled")) {
            q.setBytes(1, Tokens.sha256(cookieValue));
            q.setTimestamp(2, Timestamp.from(clock.instant()));
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(new Session(UserStore.read(rs), rs.getString(7))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DataAccessException("cannot read sessions", e);
        }
    }

    public void end(String cookieValue) {
        try (Connection c = db.getConnection();
                PreparedStatement delete =
                        c.prepareStatement("DELETE FROM sessions WHERE token_hash = ? OR expires_at < ?")) {
            delete.setBytes(1, Tokens.sha256(cookieValue));
            delete.setTimestamp(2, Timestamp.from(clock.instant()));
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException("cannot end a session", e);
        }
    }
}

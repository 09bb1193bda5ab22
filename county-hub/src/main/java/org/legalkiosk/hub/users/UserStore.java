package org.legalkiosk.hub.users;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

import org.legalkiosk.hub.audit.AuditLog;
import org.legalkiosk.hub.db.DataAccessException;
import org.legalkiosk.hub.db.Transactions;
import org.legalkiosk.hub.security.PasswordHasher;

/** Console accounts. Passwords arrive in clear only to be hashed or checked; every change is audited. */
public final class UserStore {

    private static final String COLUMNS = "id, username, display_name, role, township, disabled";

    private final DataSource db;
    private final PasswordHasher hasher;

    public UserStore(DataSource db, PasswordHasher hasher) {
        this.db = db;
        this.hasher = hasher;
    }

    /**
     * Adds an account.
     *
     * @throws IllegalArgumentException with a message for the person when the name, password or township is not
     *                                  acceptable or the name is taken
     */
    public User add(String actor, String username, String displayName, Role role, String township, String password) {
        if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{1,31}")) {
            throw new IllegalArgumentException(
                    "用户名为 2–32 个小写字母、数字或 . _ - / a user name is 2-32 lower-case" + " letters, digits, '.', '_' or '-'");
        }
        if ((role == Role.TOWNSHIP_OFFICER) != (township != null && !township.isBlank())) {
            throw new IllegalArgumentException(
                    "乡镇专员必须且只有乡镇专员需要指定乡镇 / a township officer, and only" + " one, names a township");
        }
        String problem = PasswordHasher.problem(password);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        String name = displayName == null || displayName.isBlank() ? username : displayName.strip();
        String hash = hasher.hash(password);
        return Transactions.inTransaction(db, "add a user", c -> {
            if (find(c, username).isPresent()) {
                throw new IllegalArgumentException("用户名已存在 / the user name " + username + " is taken");
            }
            long id;
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO users (username, display_name, password_hash, role, township) VALUES (?, ?, ?, ?, ?)"
                            + " RETURNING id")) {
                insert.setString(1, username);
                insert.setString(2, name);
                insert.setString(3, hash);
                insert.setString(4, role.name());
                insert.setString(5, role == Role.TOWNSHIP_OFFICER ? township.strip() : null);
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            AuditLog.record(c, actor, "user.add", username, role + (township == null ? "" : " " + township));
            return new User(id, username, name, role, role == Role.TOWNSHIP_OFFICER ? township.strip() : null, false);
        });
    }

    public void changePassword(String actor, String username, String password) {
        String problem = PasswordHasher.problem(password);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        String hash = hasher.hash(password);
        Transactions.inTransaction(db, "change a password", c -> {
            try (PreparedStatement update =
                    c.prepareStatement("UPDATE users SET password_hash = ? WHERE username = ?")) {
                update.setString(1, hash);
                update.setString(2, username);
                if (update.executeUpdate() == 0) {
                    throw new IllegalArgumentException("没有此用户 / no user " + username);
                }
            }
            // Every session of the account ends: whoever knew the old password is logged out.
            try (PreparedStatement end = c.prepareStatement(
                    "DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE username = ?)")) {
                end.setString(1, username);
                end.executeUpdate();
            }
            AuditLog.record(c, actor, "user.passwd", username, null);
            return null;
        });
    }

    /** The account when the password matches and the account is enabled. Takes about as long either way. */
    public Optional<User> authenticate(String username, String password) {
        String hash;
        User user;
        try (Connection c = db.getConnection();
                PreparedStatement q =
                        c.prepareStatement("SELECT " + COLUMNS + ", password_hash FROM users WHERE username = ?")) {
            q.setString(1, username);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    hasher.verify(password, DUMMY_HASH); // same work as a real check: no user-name oracle by timing
                    return Optional.empty();
                }
                user = read(rs);
                hash = rs.getString(7);
            }
        } catch (SQLException e) {
            throw new DataAccessException("cannot read users", e);
        }
        return hasher.verify(password, hash) && !user.disabled() ? Optional.of(user) : Optional.empty();
    }

    public List<User> list() {
        try (Connection c = db.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM users ORDER BY username")) {
            List<User> users = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    users.add(read(rs));
                }
            }
            return users;
        } catch (SQLException e) {
            throw new DataAccessException("cannot read users", e);
        }
    }

    public boolean isEmpty() {
        return list().isEmpty();
    }

    private static Optional<User> find(Connection c, String username) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM users WHERE username = ?")) {
            q.setString(1, username);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    static User read(ResultSet rs) throws SQLException {
        return new User(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                Role.valueOf(rs.getString(4)),
                rs.getString(5),
                rs.getBoolean(6));
    }

    private static final String DUMMY_HASH = new PasswordHasher().hash("not-a-real-password-ever");
}

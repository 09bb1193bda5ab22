package org.legalkiosk.hub.users;

import java.sql.PreparedStatement;
import javax.sql.DataSource;

import org.legalkiosk.hub.audit.AuditLog;
import org.legalkiosk.hub.db.Transactions;

/**
 * Disables and re-enables console accounts. A disabled account cannot log in and its open sessions end in the same
 * transaction, so a departed officer is out at once; nothing is deleted, so the audit log's names keep meaning
 * someone. An admin cannot disable their own account (the county would lock itself out with its last admin).
 */
public final class AccountSwitch {

    private final DataSource db;

    public AccountSwitch(DataSource db) {
        this.db = db;
    }

    public void setDisabled(String actor, String username, boolean disabled) {
        if (disabled && actor.equals(username)) {
            throw new IllegalArgumentException("不能停用自己的账号 / you cannot disable your own account");
        }
        Transactions.inTransaction(db, disabled ? "disable a user" : "enable a user", c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE users SET disabled = ? WHERE username = ?")) {
                update.setBoolean(1, disabled);
                update.setString(2, username);
                if (update.executeUpdate() == 0) {
                    throw new IllegalArgumentException("没有此用户 / no user " + username);
                }
            }
            if (disabled) {
                try (PreparedStatement end = c.prepareStatement(
                        "DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE username = ?)")) {
                    end.setString(1, username);
                    end.executeUpdate();
                }
            }
            AuditLog.record(c, actor, disabled ? "user.disable" : "user.enable", username, null);
            return null;
        });
    }
}

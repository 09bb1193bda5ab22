package org.legalkiosk.hub.web.console;

import org.legalkiosk.hub.users.User;
import org.legalkiosk.hub.web.HttpError;

/**
 * Who may do what on the console, in one place (the auth-matrix test reads the same table of routes):
 * everybody logged in reads terminals and notices (a township officer only their township's terminals); a county
 * admin composes and withdraws notices; an admin, or an officer for a terminal of their township, requests a
 * screenshot; an admin or an auditor reads the audit log. An auditor changes nothing.
 */
public final class Access {

    private Access() {}

    public static void requireAdmin(User user) {
        if (!user.isAdmin()) {
            throw new HttpError(403, "只有县级管理员可以这样做 / only a county admin may do this");
        }
    }

    public static void requireAuditReader(User user) {
        if (!user.canReadAudit()) {
            throw new HttpError(403, "只有县级管理员和审计员可以查看审计日志 / only county admins and auditors read the" + " audit log");
        }
    }

    public static void requireActOnTerminal(User user, String township) {
        if (!user.canChange() || !user.sees(township)) {
            throw new HttpError(403, "您不能操作此终端 / you may not act on this terminal");
        }
    }
}

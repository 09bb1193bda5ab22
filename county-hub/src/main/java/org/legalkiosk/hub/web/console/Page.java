package org.legalkiosk.hub.web.console;

import org.legalkiosk.hub.users.User;

/**
 * What every page's layout needs.
 *
 * @param user    who is logged in, or null on the login page
 * @param csrf    the token every form on the page carries
 * @param titleZh the page's title (Chinese), also its {@code <h1>}
 * @param titleEn the same in English
 * @param nav     which navigation entry is current ({@code terminals}, {@code notices}, {@code audit})
 */
public record Page(User user, String csrf, String titleZh, String titleEn, String nav) {

    public boolean current(String entry) {
        return entry.equals(nav);
    }
}

/**
 * The county's people on the console: {@link UserStore} (accounts and roles), {@link SessionStore} (logged-in
 * browsers, each with its CSRF token), {@link LoginThrottle} (too many wrong passwords wait).
 */
package org.legalkiosk.hub.users;

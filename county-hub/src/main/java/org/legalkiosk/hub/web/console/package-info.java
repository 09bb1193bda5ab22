/**
 * The county's web console: server-rendered pages from precompiled jte templates ({@code src/main/jte}), Chinese
 * first with English beside it, every page usable without JavaScript. {@link SessionAuth} finds the session from
 * its cookie, {@link CsrfGuard} checks every form post's token, {@link ConsoleRoutes} maps paths to one page class
 * each ({@link LoginPage}, {@link TerminalsPage}, {@link NoticesPage}, {@link AuditPage}); who may do what is in
 * {@link Access}. jte escapes every value by its HTML context, so a notice titled {@code <script>} shows as text.
 */
package org.legalkiosk.hub.web.console;

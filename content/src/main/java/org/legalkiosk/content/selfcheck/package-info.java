/**
 * The legal-aid self-check: a questionnaire written as content ({@code selfcheck/*.yaml}), checked by
 * {@link org.legalkiosk.content.selfcheck.SelfCheckLoader} so every path ends in an outcome, and walked one
 * question at a time by a {@link org.legalkiosk.content.selfcheck.SelfCheckSession}. Only an anonymous
 * {@link org.legalkiosk.content.selfcheck.SelfCheckTally} ever leaves the terminal.
 */
package org.legalkiosk.content.selfcheck;

/**
 * Provisioning: one file from the county says who a terminal is, which content keys it trusts, its agent and
 * sync tokens, its pull channel and its TLS material. It is checked whole before anything on the terminal
 * changes, so a refused file leaves the terminal as it was.
 */
package org.legalkiosk.kiosk.provision;

/** Sample townships, terminals, heartbeats, notices and users for {@code county-hub run --demo}. */
package org.legalkiosk.hub.demo;

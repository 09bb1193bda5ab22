/** Notices the county sends to terminals: composed on the console, delivered in heartbeat replies. */
package org.legalkiosk.hub.notices;

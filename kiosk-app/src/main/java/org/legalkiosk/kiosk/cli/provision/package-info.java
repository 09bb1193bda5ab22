/** {@code legalkiosk provision}: the command-line face of {@link org.legalkiosk.kiosk.provision}. */
package org.legalkiosk.kiosk.cli.provision;

/**
 * Running a device's command-line tool ({@code ffmpeg}, {@code rpicam-still}, {@code lp}, {@code ipptool}) the one
 * careful way: a timeout after which the tool and everything it started are killed, output read on its own threads
 * and kept within a bound, and a lookup on the PATH so a driver can say a tool is not installed before trying it.
 */
package org.legalkiosk.devices.process;

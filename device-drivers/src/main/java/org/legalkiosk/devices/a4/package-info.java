/**
 * A4 printing through CUPS: PDFs go to a named queue with {@code lp}, and the queue's state and reasons are read
 * over IPP with {@code ipptool} (or {@code lpstat} without it), because {@code javax.print} reports no printer
 * state on Linux.
 */
package org.legalkiosk.devices.a4;

/**
 * A SAM ID-card reader played in software on the far end of a serial line (usually one end of a socat pty
 * pair), byte for byte, with scriptable cards and faults: the real driver is tested against it.
 */
package org.legalkiosk.devices.idcard.emulator;

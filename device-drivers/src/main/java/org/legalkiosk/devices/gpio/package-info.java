/**
 * Devices on the Raspberry Pi's GPIO header through Pi4J 2.x: the presence sensor (PIR) that wakes the screen,
 * the status light and the help button. The Pi4J {@code Context} is chosen when the kiosk is wired (gpiod or
 * linuxfs on a Pi, the mock plugin in tests only), never detected here. Pins are BCM numbers.
 */
package org.legalkiosk.devices.gpio;

/**
 * From a terminal's settings to devices: {@link org.legalkiosk.devices.config.DeviceConfigs} turns the
 * {@code devices:} list (as maps, read by the caller) into {@code DeviceConfig} records,
 * {@link org.legalkiosk.devices.config.DeviceRuntime} registers a real and a simulated factory for every kind,
 * and {@link org.legalkiosk.devices.config.DemoDevices} names the demo's simulated set.
 */
package org.legalkiosk.devices.config;

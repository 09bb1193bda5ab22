package org.legalkiosk.kiosk.ui.demo;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.legalkiosk.devices.manager.DeviceManager;
import org.legalkiosk.kiosk.app.DemoSimulatedDeviceControls;
import org.legalkiosk.kiosk.service.devices.DemoDeviceControls;

/**
 * The kiosk's own demo controls over a manager's simulated devices, writing down each action ("receiptPaperOut
 * true") so a test can see the panel reached them.
 */
final class SimulatedDemoControls {

    final List<String> calls = new CopyOnWriteArrayList<>();
    final DemoDeviceControls controls;

    SimulatedDemoControls(DeviceManager manager) {
        DemoDeviceControls real = new DemoSimulatedDeviceControls(manager);
        controls = (DemoDeviceControls) Proxy.newProxyInstance(
                DemoDeviceControls.class.getClassLoader(),
                new Class<?>[] {DemoDeviceControls.class},
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() != Object.class
                            && !method.getName().equals("available")) {
                        calls.add(method.getName()
                                + (args == null
                                        ? ""
                                        : " "
                                                + Arrays.stream(args)
                                                        .map(String::valueOf)
                                                        .collect(Collectors.joining(" "))));
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}

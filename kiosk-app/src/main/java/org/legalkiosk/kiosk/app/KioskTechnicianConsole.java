package org.legalkiosk.kiosk.app;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import javafx.application.Platform;

import org.legalkiosk.devices.DeviceStatus;
import org.legalkiosk.devices.a4.DocumentPrinter;
import org.legalkiosk.devices.manager.DeviceManager;
import org.legalkiosk.devices.printer.ReceiptPrinter;
import org.legalkiosk.kiosk.service.devices.SelfTest;
import org.legalkiosk.kiosk.service.technician.TechnicianConsole;
import org.legalkiosk.kiosk.store.ContentAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running kiosk's side of the technician screen: devices from the device manager, a test print through the
 * same self-test {@code legalkiosk doctor} runs, content from the store, the booking outbox's backlog and this
 * machine's addresses. Restart ends the process and leaves starting it again to systemd ({@code Restart=always});
 * exit is offered only when the kiosk runs in a window.
 */
final class KioskTechnicianConsole implements TechnicianConsole {

    private static final Logger LOG = LoggerFactory.getLogger(KioskTechnicianConsole.class);

    private final String appVersion;
    private final DeviceManager devices;
    private final ContentAdmin content;
    private final IntSupplier syncBacklog;
    private final boolean supervised;
    private final boolean windowed;

    /**
     * @param syncBacklog events not yet delivered, or -1 when this kiosk has no booking store
     * @param supervised  whether systemd runs the kiosk (it sets {@code INVOCATION_ID}), so a restart comes back
     * @param windowed    whether the kiosk runs in a window (demo, development), where exit is allowed
     */
    KioskTechnicianConsole(
            String appVersion,
            DeviceManager devices,
            ContentAdmin content,
            IntSupplier syncBacklog,
            boolean supervised,
            boolean windowed) {
        this.appVersion = appVersion;
        this.devices = devices;
        this.content = content;
        this.syncBacklog = syncBacklog;
        this.supervised = supervised;
        this.windowed = windowed;
    }

    @Override
    public Overview overview() {
        List<Device> lines = new ArrayList<>();
        for (DeviceStatus s : devices.snapshot()) {
            lines.add(new Device(
                    s.deviceId(),
                    s.kind().name().toLowerCase(java.util.Locale.ROOT),
                    s.state().name(),
                    s.description() == null ? s.reason() : s.description()));
        }
        String version = null;
        try {
            version = content.current()
                    .map(v -> v.version() + (v.label() == null ? "" : " (" + v.label() + ")"))
                    .orElse(null);
        } catch (java.io.IOException e) {
            LOG.warn("Technician screen: content store not readable: {}", e.toString());
        }
        String last = content.lastResult()
                .map(r -> r.time() + " " + r.action() + " " + r.source() + " "
                        + (r.ok() ? "ok" : "failed: " + r.reason()))
                .orElse(null);
        return new Overview(appVersion, version, last, List.copyOf(lines), syncBacklog.getAsInt(), addresses());
    }

    private static List<String> addresses() {
        List<String> out = new ArrayList<>();
        try {
            for (NetworkInterface nif : java.util.Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nif.isUp() || nif.isLoopback()) {
                    continue;
                }
                for (InetAddress a : java.util.Collections.list(nif.getInetAddresses())) {
                    if (!a.isLinkLocalAddress()) {
                        out.add(nif.getName() + " " + a.getHostAddress());
                    }
                }
            }
        } catch (SocketException e) {
            LOG.warn("Technician screen: cannot list network interfaces: {}", e.toString());
        }
        return out;
    }

    @Override
    public List<String> printers() {
        return devices.ids().stream()
                .filter(id -> printer(id).isPresent())
                .sorted()
                .toList();
    }

    private Optional<org.legalkiosk.devices.Device> printer(String id) {
        return devices.device(id, ReceiptPrinter.class)
                .<org.legalkiosk.devices.Device>map(p -> p)
                .or(() -> devices.device(id, DocumentPrinter.class));
    }

    @Override
    public String testPrint(String printerId) {
        Optional<org.legalkiosk.devices.Device> printer = printer(printerId);
        if (printer.isEmpty()) {
            return "not connected";
        }
        SelfTest.Outcome outcome = SelfTest.run(printer.get());
        devices.checkNow();
        return outcome.ok() ? outcome.detail() : "failed: " + outcome.detail();
    }

    @Override
    public boolean canRestart() {
        return supervised;
    }

    @Override
    public void restart() {
        LOG.warn("Restart asked for on the technician screen");
        // The shutdown hook closes devices and the store; systemd starts the kiosk again.
        Platform.exit();
        System.exit(0);
    }

    @Override
    public boolean canExit() {
        return windowed;
    }

    @Override
    public void exit() {
        LOG.info("Exit asked for on the technician screen");
        Platform.exit();
        System.exit(0);
    }
}

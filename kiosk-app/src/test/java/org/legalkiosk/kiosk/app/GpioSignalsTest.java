package org.legalkiosk.kiosk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.content.model.Language;
import org.legalkiosk.devices.config.DemoDevices;
import org.legalkiosk.devices.config.DeviceRuntime;
import org.legalkiosk.devices.gpio.SimulatedHelpButton;
import org.legalkiosk.devices.gpio.SimulatedPresenceSensor;
import org.legalkiosk.devices.manager.DeviceManager;
import org.legalkiosk.kiosk.agent.AgentServer;
import org.legalkiosk.kiosk.agent.terminal.ScreenCapture;
import org.legalkiosk.kiosk.config.KioskConfig;
import org.legalkiosk.kiosk.config.LiveSettings;
import org.legalkiosk.kiosk.service.HelpRequests;
import org.legalkiosk.kiosk.service.PresenceService;

/** The GPIO inputs of the demo's simulated set reach the services, and from there the agent's status. */
class GpioSignalsTest {

    @TempDir
    Path data;

    private final DeviceRuntime runtime = new DeviceRuntime(Clock.systemUTC());
    private final DeviceManager manager =
            new DeviceManager(DemoDevices.simulatedSet(), runtime.factories(), Clock.systemUTC());
    private final HelpRequests help = new HelpRequests();
    private final PresenceService presence = new PresenceService();

    @AfterEach
    void close() {
        manager.close();
        runtime.close();
    }

    private SimulatedHelpButton button() {
        return manager.first(SimulatedHelpButton.class).orElseThrow();
    }

    @Test
    void aHelpButtonPressBecomesOneHelpRequestAndPersonArrivingReachesThePresenceService() {
        List<Boolean> seen = new ArrayList<>();
        presence.addListener(seen::add);
        try (GpioSignals signals = GpioSignals.start(manager, help, presence)) {
            button().press();
            assertEquals(1, help.summary().count());
            assertTrue(help.summary().last().isPresent());
            SimulatedPresenceSensor sensor =
                    manager.first(SimulatedPresenceSensor.class).orElseThrow();
            sensor.personArrives();
            sensor.personLeaves();
            assertEquals(List.of(true, false), seen);
        }
    }

    @Test
    void aDeviceStateChangeDoesNotSubscribeTwice() {
        try (GpioSignals signals = GpioSignals.start(manager, help, presence)) {
            manager.checkNow();
            signals.subscribe();
            button().press();
            assertEquals(1, help.summary().count(), "one listener per button, however often the devices are looked at");
        }
    }

    @Test
    void afterCloseNothingIsPassedOn() {
        GpioSignals.start(manager, help, presence).close();
        button().press();
        manager.first(SimulatedPresenceSensor.class).orElseThrow().personArrives();
        assertEquals(0, help.summary().count());
        assertTrue(!presence.isPresent());
    }

    @Test
    void aPressOnTheSimulatedButtonReachesTheStatusAndTheMetricsOfARealAgent() throws Exception {
        KioskConfig config = new KioskConfig(
                data,
                Optional.empty(),
                Optional.empty(),
                Duration.ofSeconds(90),
                Language.ZH,
                true,
                true,
                false,
                1600,
                900,
                "127.0.0.1",
                0);
        try (GpioSignals signals = GpioSignals.start(manager, help, presence)) {
            AgentServer agent = AgentStarter.start(
                            config,
                            new LiveSettings(),
                            ScreenCapture.NONE,
                            List::of,
                            Optional.empty(),
                            () -> KioskLauncher.tally(help))
                    .orElseThrow();
            try {
                int port = Integer.parseInt(
                        Files.readString(data.resolve("agent.port")).strip());
                String token = Files.readString(data.resolve(AgentStarter.DEMO_TOKEN_FILE))
                        .strip();
                String before = get(port, token, "/api/v1/status").body();
                assertTrue(before.contains("\"helpRequests\":0,\"lastHelpRequest\":null"), before);

                button().press();
                button().press();

                HttpResponse<String> status = get(port, token, "/api/v1/status");
                assertEquals(200, status.statusCode());
                String last = help.summary().last().orElseThrow().toString();
                assertTrue(
                        status.body().contains("\"helpRequests\":1,\"lastHelpRequest\":\"" + last + "\""),
                        "one request for two quick presses, with its time: " + status.body());
                String metrics = get(port, token, "/metrics").body();
                assertTrue(metrics.contains("kiosk_help_requests_total 1.0"), metrics);
            } finally {
                AgentStarter.stop(agent);
            }
        }
    }

    private static HttpResponse<String> get(int port, String token, String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}

package org.legalkiosk.deploy.deb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.deploy.build.Architecture;

/**
 * The packaged unit checked by systemd itself: {@code systemd-analyze verify} in a root holding the package's
 * files (so its ExecStart and PAM service resolve), and {@code systemd-analyze security} for its exposure.
 */
class SystemdUnitIT {

    private static final String UNIT = "legalkiosk.service";
    /** The unit before this package scored 8.7 ("EXPOSED"); what a kiosk needs (a screen, input, a network) leaves about 2. */
    private static final double MAX_EXPOSURE = 2.5;

    @TempDir
    static Path root;

    private static String unit;

    @BeforeAll
    static void installThePackagesFilesIntoARoot() throws IOException {
        DebFile deb = DebFile.built(Architecture.AMD64);
        for (DebFile.Member m : deb.data().values()) {
            Path target = root.resolve(m.name());
            Files.createDirectories(target.getParent());
            Files.write(target, m.body());
            Files.setPosixFilePermissions(
                    target, PosixFilePermissions.fromString(m.executable() ? "rwxr-xr-x" : "rw-r--r--"));
        }
        // The targets and services the unit orders itself against come from the system's own systemd.
        Path units = root.resolve("lib/systemd/system");
        try (Stream<Path> system = Files.list(Path.of("/lib/systemd/system"))) {
            for (Path u : system.filter(Files::isRegularFile).toList()) {
                if (!Files.exists(units.resolve(u.getFileName()))) {
                    Files.copy(u, units.resolve(u.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        unit = deb.data().get("lib/systemd/system/" + UNIT).text();
    }

    @Test
    void systemdAcceptsTheUnit() throws Exception {
        Result verify = run("systemd-analyze", "verify", "--man=no", "--root=" + root, UNIT);
        assertEquals("", verify.output(), "systemd-analyze verify has findings");
        assertEquals(0, verify.status());
    }

    @Test
    void theUnitIsHardenedBelowTheExposureLimit() throws Exception {
        Result security = run("systemd-analyze", "security", "--offline=yes", "--root=" + root, UNIT);
        Matcher m = Pattern.compile("Overall exposure level for " + Pattern.quote(UNIT) + ": ([0-9.]+)")
                .matcher(security.output());
        assertTrue(m.find(), security.output());
        double exposure = Double.parseDouble(m.group(1));
        assertTrue(exposure <= MAX_EXPOSURE, "exposure " + exposure + "\n" + security.output());
    }

    @Test
    void theKioskIsRestartedWhenItsScreenHangsAndWritesOnlyItsDataDirectory() {
        for (String line : List.of(
                "Type=notify",
                "NotifyAccess=all",
                "Restart=always",
                "ProtectSystem=strict",
                "ReadWritePaths=/var/lib/legalkiosk",
                "PrivateTmp=true",
                "NoNewPrivileges=true",
                "CapabilityBoundingSet=",
                "ProtectKernelTunables=true",
                "ProtectKernelModules=true",
                "ProtectKernelLogs=true",
                "User=legalkiosk")) {
            assertTrue(unit.lines().anyMatch(l -> l.equals(line)), "missing " + line);
        }
        assertTrue(unit.lines().anyMatch(l -> l.matches("WatchdogSec=\\d+s")), "a watchdog");
        assertTrue(unit.lines().anyMatch(l -> l.startsWith("RestrictAddressFamilies=")), "address families");
        // Writable: the data folder, and (optional, "-") the Raspberry Pi panels' backlight controls; nothing else.
        assertEquals(
                java.util.List.of(
                        "ReadWritePaths=/var/lib/legalkiosk",
                        "ReadWritePaths=-/sys/class/backlight/10-0045 -/sys/class/backlight/rpi_backlight"),
                unit.lines().filter(l -> l.startsWith("ReadWritePaths=")).toList(),
                "the data folder and the backlight only");
    }

    private record Result(int status, String output) {}

    private static Result run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        return new Result(p.waitFor(), out);
    }
}

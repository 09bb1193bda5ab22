package org.legalkiosk.kiosk.service.display;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.legalkiosk.devices.process.ProcessOutput;
import org.legalkiosk.devices.process.ProcessRunException;
import org.legalkiosk.devices.process.ProcessRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The X11 fallback session (a bare X server, docs/deploy.md): DPMS through {@code xset}, which really powers the
 * monitor down. Off forces the monitor off with DPMS enabled, so the X server itself lights it again at the first
 * touch; on forces it on and disables DPMS and the X screen saver, so nothing blanks it during opening hours.
 */
public final class X11DpmsDisplayPower implements DisplayPower {

    private static final Logger LOG = LoggerFactory.getLogger(X11DpmsDisplayPower.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** Runs one {@code xset} command line; replaced in tests by one that records the commands. */
    public interface Xset {
        ProcessOutput run(List<String> command) throws ProcessRunException, InterruptedException;
    }

    private final String program;
    private final Xset xset;

    public X11DpmsDisplayPower(String program) {
        this(program, new ProcessRunner(TIMEOUT)::run);
    }

    X11DpmsDisplayPower(String program, Xset xset) {
        this.program = Objects.requireNonNull(program);
        this.xset = Objects.requireNonNull(xset);
    }

    @Override
    public void on() {
        run(List.of(program, "+dpms", "dpms", "force", "on"));
        run(List.of(program, "s", "off", "-dpms"));
    }

    @Override
    public void off() {
        run(List.of(program, "s", "off", "+dpms", "dpms", "force", "off"));
    }

    @Override
    public String mechanism() {
        return "x11-dpms";
    }

    /** A failure is logged, never thrown: a screen that stays on must not stop the kiosk. */
    private void run(List<String> command) {
        try {
            ProcessOutput out = xset.run(command);
            if (!out.succeeded()) {
                LOG.warn(
                        "{} exited with {}: {}",
                        String.join(" ", command),
                        out.exit(),
                        out.stderrText().strip());
            }
        } catch (ProcessRunException e) {
            LOG.warn("{} failed: {}", String.join(" ", command), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

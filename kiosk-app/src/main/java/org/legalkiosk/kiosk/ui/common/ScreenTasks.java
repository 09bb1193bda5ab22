package org.legalkiosk.kiosk.ui.common;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the screens' slow work runs (booking, printing, a camera scan, counting a finished self-check, a technician's
 * test print) and how its answer gets back onto the screen's thread. The kiosk has one of these, in its
 * {@link ScreenContext}, and closes it when the kiosk stops; tests pass executors that run everything in place.
 * <p>
 * The running kiosk's worker is one daemon thread, started at the first task: one visitor does one slow thing at a
 * time, and tasks run in the order they were asked for.
 */
public final class ScreenTasks implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenTasks.class);
    private static final long CLOSE_WAIT_SECONDS = 5;

    private final Supplier<ExecutorService> workerFactory;
    private final Executor given;
    private final Executor screen;
    private ExecutorService worker;
    private boolean closed;

    private ScreenTasks(Supplier<ExecutorService> workerFactory, Executor given, Executor screen) {
        this.workerFactory = workerFactory;
        this.given = given;
        this.screen = Objects.requireNonNull(screen, "screen");
    }

    /** The running kiosk's: one worker thread (started when first needed), answers onto the JavaFX thread. */
    public static ScreenTasks worker() {
        return new ScreenTasks(
                () -> Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "screen-worker");
                    t.setDaemon(true);
                    return t;
                }),
                null,
                FxThread::run);
    }

    /** Work and answers on the given executors ({@code Runnable::run} for both runs everything before returning). */
    public static ScreenTasks of(Executor background, Executor screen) {
        return new ScreenTasks(null, Objects.requireNonNull(background, "background"), screen);
    }

    /** Runs {@code work} off the screen's thread. */
    public void inBackground(Runnable work) {
        background().execute(work);
    }

    /** Runs {@code work} off the screen's thread and hands its answer to {@code then} on the screen's thread. */
    public <T> void inBackground(Supplier<T> work, Consumer<T> then) {
        background().execute(() -> {
            T result = work.get();
            screen.execute(() -> then.accept(result));
        });
    }

    /** Runs {@code action} on the screen's thread (at once when already there). */
    public void onScreen(Runnable action) {
        screen.execute(action);
    }

    /** Where background work runs, for a class that takes an {@link Executor}. */
    public Executor background() {
        if (given != null) {
            return given;
        }
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the kiosk is stopping: no new work");
            }
            if (worker == null) {
                worker = workerFactory.get();
            }
            return worker;
        }
    }

    /** How answers get back onto the screen's thread, for a class that takes an {@link Executor}. */
    public Executor screen() {
        return screen;
    }

    /**
     * Stops the worker: work under way may finish (a slip half printed is worse than a late shutdown), work not yet
     * started is dropped, and nothing new is accepted.
     */
    @Override
    public void close() {
        ExecutorService running;
        synchronized (this) {
            closed = true;
            running = worker;
        }
        if (running == null) {
            return;
        }
        running.shutdown();
        try {
            if (!running.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("Screen work still running after {} s at shutdown; interrupting it", CLOSE_WAIT_SECONDS);
                running.shutdownNow();
            }
        } catch (InterruptedException e) {
            running.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}

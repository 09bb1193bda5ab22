package org.legalkiosk.kiosk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The screens' one worker: off the screen's thread, in order, answers handed back, stopped with the kiosk. */
class ScreenTasksTest {

    @Test
    void workRunsOnTheWorkerAndItsAnswerOnTheScreensExecutor() throws Exception {
        List<Runnable> screen = new ArrayList<>();
        ScreenTasks tasks = ScreenTasks.of(Runnable::run, screen::add);
        List<Integer> answers = new ArrayList<>();
        tasks.inBackground(() -> 42, answers::add);
        assertEquals(List.of(), answers, "the answer waits for the screen's thread");
        screen.forEach(Runnable::run);
        assertEquals(List.of(42), answers);
    }

    @Test
    void theKiosksWorkerIsOneDaemonThreadKeepingOrder() throws Exception {
        try (ScreenTasks tasks = ScreenTasks.worker()) {
            List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
            CompletableFuture<Void> done = new CompletableFuture<>();
            for (int i = 0; i < 5; i++) {
                int n = i;
                tasks.inBackground(() -> seen.add(Thread.currentThread().getName() + ":" + n
                        + (Thread.currentThread().isDaemon() ? ":daemon" : "")));
            }
            tasks.inBackground(() -> done.complete(null));
            done.get(30, TimeUnit.SECONDS);
            assertEquals(
                    List.of(
                            "screen-worker:0:daemon",
                            "screen-worker:1:daemon",
                            "screen-worker:2:daemon",
                            "screen-worker:3:daemon",
                            "screen-worker:4:daemon"),
                    seen);
        }
    }

    @Test
    void afterCloseNoNewWorkIsAccepted() {
        ScreenTasks tasks = ScreenTasks.worker();
        tasks.inBackground(() -> {});
        tasks.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> tasks.inBackground(() -> {}));
        assertTrue(e.getMessage().contains("stopping"), e.getMessage());
    }

    @Test
    void closingAWorkerNeverStartedIsQuiet() {
        ScreenTasks.worker().close();
    }
}

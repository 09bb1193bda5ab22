package org.legalkiosk.devices.a4;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs a CUPS command-line tool with a timeout and collects what it says. */
final class Command {

    /** @param exit the exit status, or -1 when the tool could not start or was stopped at the timeout */
    record Output(int exit, String out, String err) {

        boolean ok() {
            return exit == 0;
        }

        String both() {
            return (out + "\n" + err).strip();
        }
    }

    private Command() {
    }

    static Output run(List<String> command, Duration timeout) throws InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            return new Output(-1, "", "cannot start " + command.get(0) + ": " + e.getMessage());
        }
        try {
            process.getOutputStream().close();
            CompletableFuture<String> out = drain(process.getInputStream());
            CompletableFuture<String> err = drain(process.getErrorStream());
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return new Output(-1, "", command.get(0) + " did not answer within " + timeout.toMillis() + " ms");
            }
            return new Output(process.exitValue(), get(out), get(err));
        } catch (IOException e) {
            return new Output(-1, "", e.getMessage());
        } finally {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }

    private static CompletableFuture<String> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                in.transferTo(buffer);
                return buffer.toString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        }, task -> {
            Thread thread = new Thread(task, "cups-command-output");
            thread.setDaemon(true);
            thread.start();
        });
    }

    private static String get(CompletableFuture<String> future) throws InterruptedException {
        try {
            return future.get(5, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return "";
        }
    }
}

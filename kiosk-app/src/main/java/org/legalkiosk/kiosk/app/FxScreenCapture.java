package org.legalkiosk.kiosk.app;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

import org.legalkiosk.kiosk.agent.terminal.ScreenCapture;
import org.legalkiosk.kiosk.ui.common.FxThread;

/**
 * The agent's view of the screen: a snapshot taken on the JavaFX thread (the only thread allowed to touch the
 * scene), encoded as PNG on the agent's thread. The agent waits a few seconds at most, so a frozen screen
 * cannot hang an HTTP request.
 */
final class FxScreenCapture implements ScreenCapture {

    private static final long WAIT_SECONDS = 5;

    private volatile Scene scene;

    void attach(Scene scene) {
        this.scene = scene;
    }

    @Override
    public Optional<byte[]> png() throws IOException {
        Scene shown = scene;
        if (shown == null) {
            return Optional.empty();
        }
        CompletableFuture<WritableImage> snapshot = new CompletableFuture<>();
        FxThread.run(() -> {
            try {
                snapshot.complete(shown.snapshot(null));
            } catch (RuntimeException e) {
                snapshot.completeExceptionally(e);
            }
        });
        try {
            WritableImage image = snapshot.get(WAIT_SECONDS, TimeUnit.SECONDS);
            return Optional.of(ScreenPng.encode(image));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while capturing the screen", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("the screen could not be captured: " + e, e);
        }
    }
}

package org.legalkiosk.kiosk.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

import org.testfx.util.WaitForAsyncUtils;

/** Runs a query on the JavaFX thread and hands back its answer. */
public final class Fx {

    private Fx() {}

    public static <T> T onFx(Callable<T> query) {
        try {
            return WaitForAsyncUtils.asyncFx(query).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        }
    }
}

package org.legalkiosk.hub.bench;

import java.util.concurrent.atomic.LongAdder;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Time spent inside the handler chain per terminal request (the hub's handlers answer before they return), so the
 * benchmark can tell the server's work from the time a request spends queued in the connector or the client.
 */
final class ServerTime extends Handler.Wrapper {

    private final LongAdder nanos = new LongAdder();
    private final LongAdder count = new LongAdder();

    ServerTime(Handler next) {
        super(next);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long start = System.nanoTime();
        try {
            return super.handle(request, response, callback);
        } finally {
            nanos.add(System.nanoTime() - start);
            count.increment();
        }
    }

    void reset() {
        nanos.reset();
        count.reset();
    }

    double meanMillis() {
        long n = count.sum();
        return n == 0 ? 0 : nanos.sum() / 1e6 / n;
    }
}

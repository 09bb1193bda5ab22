package org.legalkiosk.kiosk.agent.pull;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A static file server on loopback that honours {@code Range: bytes=N-}, as any web server does, and that can be
 * told to drop the connection half-way through a response: the kiosk must then resume where it stopped.
 */
public final class FlakyStaticServer implements AutoCloseable {

    record Request(String path, String range, boolean dropped) {}

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

    private final Path root;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<String> droppedOnce = new CopyOnWriteArrayList<>();
    private volatile Predicate<String> dropFirstResponse = path -> false;

    public FlakyStaticServer(Path root) throws IOException {
        this.root = root;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", this::serve);
        server.setExecutor(executor);
        server.start();
    }

    /** The first response for each path matching is cut off after half its bytes. */
    void dropFirstResponseOf(Predicate<String> paths) {
        this.dropFirstResponse = paths;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + path);
    }

    List<Request> requestsUnder(String prefix) {
        return requests.stream().filter(r -> r.path().startsWith(prefix)).toList();
    }

    private void serve(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath().substring(1);
        Path file = root.resolve(path).normalize();
        String range = ex.getRequestHeaders().getFirst("Range");
        boolean drop = dropFirstResponse.test(path) && !droppedOnce.contains(path);
        requests.add(new Request(path, range, drop));
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            ex.sendResponseHeaders(404, -1);
            ex.close();
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        int from = 0;
        if (range != null) {
            Matcher m = RANGE.matcher(range);
            if (m.matches()) {
                from = Integer.parseInt(m.group(1));
                if (from >= bytes.length) {
                    ex.getResponseHeaders().set("Content-Range", "bytes */" + bytes.length);
                    ex.sendResponseHeaders(416, -1);
                    ex.close();
                    return;
                }
                ex.getResponseHeaders()
                        .set("Content-Range", "bytes " + from + "-" + (bytes.length - 1) + "/" + bytes.length);
            }
        }
        int length = bytes.length - from;
        ex.sendResponseHeaders(from > 0 ? 206 : 200, length);
        OutputStream out = ex.getResponseBody();
        if (drop) {
            droppedOnce.add(path);
            out.write(bytes, from, length / 2);
            out.flush();
            // Thrown out of the handler, the exchange is abandoned and the server closes the connection.
            throw new IOException("connection dropped on purpose");
        }
        out.write(bytes, from, length);
        out.close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

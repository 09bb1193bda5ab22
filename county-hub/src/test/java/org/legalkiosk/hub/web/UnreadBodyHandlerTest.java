package org.legalkiosk.hub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A real Jetty and a raw socket, so the headers seen are exactly those sent. */
class UnreadBodyHandlerTest {

    private Server server;
    private int port;

    @BeforeEach
    void start() throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        // /read reads the body and answers 200; anything else refuses at once, as an auth check does.
        server.setHandler(new UnreadBodyHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                if (Http.path(request).equals("/read")) {
                    Http.text(response, callback, 200, new String(Http.body(request, 1024), StandardCharsets.UTF_8));
                } else {
                    Http.text(response, callback, 401, "no\n");
                }
                return true;
            }
        }));
        server.start();
        port = connector.getLocalPort();
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    @Test
    void aRefusalThatLeavesTheBodyUnreadSaysConnectionClose() throws Exception {
        List<String> headers = exchange("POST /refuse HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello");
        assertEquals("HTTP/1.1 401 Unauthorized", headers.get(0));
        assertTrue(headers.contains("connection: close"), headers.toString());
    }

    @Test
    void aChunkedBodyLeftUnreadAlsoClosesTheConnection() throws Exception {
        List<String> headers = exchange(
                "POST /refuse HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
        assertTrue(headers.contains("connection: close"), headers.toString());
    }

    @Test
    void anAnswerAfterTheBodyWasReadKeepsTheConnection() throws Exception {
        List<String> headers = exchange("POST /read HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello");
        assertEquals("HTTP/1.1 200 OK", headers.get(0));
        assertFalse(headers.contains("connection: close"), headers.toString());
    }

    @Test
    void aRequestWithoutABodyKeepsTheConnection() throws Exception {
        List<String> headers = exchange("GET /refuse HTTP/1.1\r\nHost: x\r\n\r\n");
        assertEquals("HTTP/1.1 401 Unauthorized", headers.get(0));
        assertFalse(headers.contains("connection: close"), headers.toString());
    }

    /** Sends one request and returns the status line and the headers, lower-cased after the status line. */
    private List<String> exchange(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            List<String> lines = new ArrayList<>();
            lines.add(in.readLine());
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                lines.add(line.toLowerCase(Locale.ROOT));
            }
            return lines;
        }
    }
}

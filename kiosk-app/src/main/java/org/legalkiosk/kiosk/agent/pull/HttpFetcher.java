package org.legalkiosk.kiosk.agent.pull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plain GETs against a static server, with a timeout on connecting and on every read. Objects are named by their
 * hash and never change, so an interrupted download is simply continued with {@code Range: bytes=N-} into the
 * same partial file, without {@code If-Range}.
 */
public final class HttpFetcher {

    private static final Logger LOG = LoggerFactory.getLogger(HttpFetcher.class);
    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final int attempts;

    /** @param attempts how many connections one download may use before giving up until the next check */
    public HttpFetcher(Duration connectTimeout, Duration readTimeout, int attempts) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.attempts = attempts;
    }

    public static HttpFetcher defaults() {
        return new HttpFetcher(Duration.ofSeconds(15), Duration.ofSeconds(30), 5);
    }

    /** A small file whole; refused when larger than {@code maxBytes}. */
    public byte[] fetch(URI uri, int maxBytes) throws IOException {
        HttpURLConnection c = open(uri);
        c.setRequestProperty("Cache-Control", "no-cache");
        try {
            int status = c.getResponseCode();
            if (status != 200) {
                throw new IOException(uri + " answered HTTP " + status);
            }
            if (c.getContentLengthLong() > maxBytes) {
                throw new IOException(
                        uri + " is " + c.getContentLengthLong() + " bytes, over the limit of " + maxBytes);
            }
            try (InputStream in = c.getInputStream()) {
                byte[] bytes = in.readNBytes(maxBytes + 1);
                if (bytes.length > maxBytes) {
                    throw new IOException(uri + " is over the limit of " + maxBytes + " bytes");
                }
                return bytes;
            }
        } finally {
            c.disconnect();
        }
    }

    /**
     * Completes {@code partial} to {@code expectedSize} bytes from {@code uri}, continuing from what it already
     * holds. A failed connection is retried at once from where it stopped; after the last attempt the partial file
     * stays for the next check. Answers the bytes received over the network.
     */
    public long download(URI uri, Path partial, long expectedSize) throws IOException {
        long received = 0;
        IOException last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            long have = Files.exists(partial) ? Files.size(partial) : 0;
            if (have == expectedSize) {
                return received;
            }
            if (have > expectedSize) {
                Files.delete(partial);
                have = 0;
            }
            try {
                received += fetchFrom(uri, partial, have, expectedSize);
            } catch (IOException e) {
                last = e;
                long now = Files.exists(partial) ? Files.size(partial) : 0;
                received += Math.max(0, now - have);
                LOG.info(
                        "Download of {} stopped at {} of {} bytes ({}); {}",
                        uri,
                        now,
                        expectedSize,
                        e.getMessage(),
                        attempt < attempts ? "resuming" : "giving up until the next check");
            }
        }
        if (Files.exists(partial) && Files.size(partial) == expectedSize) {
            return received;
        }
        throw last != null ? last : new IOException(uri + " did not complete");
    }

    private long fetchFrom(URI uri, Path partial, long have, long expectedSize) throws IOException {
        HttpURLConnection c = open(uri);
        if (have > 0) {
            c.setRequestProperty("Range", "bytes=" + have + "-");
        }
        try {
            int status = c.getResponseCode();
            boolean append;
            if (status == 206) {
                Matcher m = CONTENT_RANGE.matcher(String.valueOf(c.getHeaderField("Content-Range")));
                if (!m.matches() || Long.parseLong(m.group(1)) != have) {
                    throw new IOException(uri + " answered a range other than the one asked for");
                }
                append = true;
            } else if (status == 200) {
                append = false; // the server ignores Range: start over
            } else if (status == 416) {
                Files.deleteIfExists(partial);
                throw new IOException(uri + " refused the range from byte " + have + "; starting over");
            } else {
                throw new IOException(uri + " answered HTTP " + status);
            }
            long limit = expectedSize - (append ? have : 0);
            try (InputStream in = c.getInputStream();
                    OutputStream out = append
                            ? Files.newOutputStream(partial, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                            : Files.newOutputStream(partial)) {
                return copy(in, out, limit, uri);
            }
        } finally {
            c.disconnect();
        }
    }

    private static long copy(InputStream in, OutputStream out, long limit, URI uri) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            if (total + n > limit) {
                throw new IOException(uri + " is longer than the manifest says");
            }
            out.write(buffer, 0, n);
            // Flushed as it arrives: whatever came before a dropped connection is kept for the resume.
            out.flush();
            total += n;
        }
        return total;
    }

    private HttpURLConnection open(URI uri) throws IOException {
        String scheme = uri.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IOException("only http and https are fetched, not " + uri);
        }
        HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
        c.setConnectTimeout((int) connectTimeout.toMillis());
        c.setReadTimeout((int) readTimeout.toMillis());
        c.setUseCaches(false);
        c.setInstanceFollowRedirects(true);
        return c;
    }
}

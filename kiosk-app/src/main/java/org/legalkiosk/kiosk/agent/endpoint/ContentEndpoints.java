package org.legalkiosk.kiosk.agent.endpoint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import org.legalkiosk.content.bundle.BundleException;
import org.legalkiosk.kiosk.agent.http.ApiException;
import org.legalkiosk.kiosk.agent.http.Exchange;
import org.legalkiosk.kiosk.agent.http.Reply;
import org.legalkiosk.kiosk.store.ContentAdmin;
import org.legalkiosk.kiosk.store.ContentBusyException;
import org.legalkiosk.kiosk.store.NotProvisionedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code PUT /api/v1/content}, {@code GET /api/v1/content/versions}, {@code POST /api/v1/content/rollback}.
 * One change at a time: a push or rollback arriving while another runs (or while a USB stick or a pull is being
 * applied, see {@link ContentAdmin#busy()}) gets 409 at once instead of queueing a second upload behind the first. NOT_NEWER is answered 409 (the kiosk already has that or a later version, which a
 * fleet tool treats as "up to date"), UNKNOWN_VERSION 404, every other refusal of the store 422.
 */
public final class ContentEndpoints {

    private static final Logger LOG = LoggerFactory.getLogger(ContentEndpoints.class);
    public static final String UPLOADS = "agent-uploads";

    private final ContentAdmin content;
    private final Path uploads;
    private final long maxBundleBytes;
    private final int maxJsonBytes;
    private final ReentrantLock changing = new ReentrantLock();

    public ContentEndpoints(ContentAdmin content, Path dataDir, long maxBundleBytes, int maxJsonBytes) {
        this.content = content;
        this.uploads = dataDir.resolve(UPLOADS);
        this.maxBundleBytes = maxBundleBytes;
        this.maxJsonBytes = maxJsonBytes;
    }

    /** Leftover uploads of a process that died mid-push. */
    public void removeLeftovers() throws IOException {
        if (!Files.isDirectory(uploads)) {
            return;
        }
        try (var files = Files.list(uploads)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** {@code {"version": N}}, N a JSON integer: not "1", 1.5, 1e0 or a full-width digit. */
    private static long rollbackVersion(com.fasterxml.jackson.databind.JsonNode body) throws ApiException {
        var fields = body.fieldNames();
        while (fields.hasNext()) {
            String f = fields.next();
            if (!f.equals("version")) {
                throw new ApiException(400, "unknown_field", "unknown field '" + f + "'");
            }
        }
        com.fasterxml.jackson.databind.JsonNode v = body.get("version");
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < 1) {
            throw ApiException.badRequest(
                    "give the version to return to as a whole number: {\"version\": N} with N >= 1");
        }
        return v.asLong();
    }

    public Reply push(Exchange ex) throws ApiException, IOException {
        ex.requireContentType(Set.of("application/zip", "application/octet-stream"));
        if (!changing.tryLock()) {
            ex.discardBody(maxBundleBytes);
            throw busy(ex);
        }
        Path temp = null;
        try {
            if (content.busy()) {
                // A USB stick or a pull is being applied: refuse before the upload rather than after it.
                ex.discardBody(maxBundleBytes);
                throw busy(ex);
            }
            Files.createDirectories(uploads);
            temp = Files.createTempFile(uploads, "push-", ".lkb");
            long size = ex.bodyToFile(temp, maxBundleBytes);
            ContentAdmin.Version v = content.apply(temp, ContentAdmin.Source.PUSH);
            ex.audit("content version " + v.version() + " (" + v.label() + ") active; bundle of " + size + " bytes");
            return Reply.ok(versionJson(v));
        } catch (BundleException e) {
            throw refused(ex, e);
        } catch (IOException e) {
            throw storeProblem(ex, e);
        } finally {
            changing.unlock();
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        }
    }

    public Reply versions(Exchange ex) throws ApiException, IOException {
        try {
            return Reply.ok(Map.of(
                    "versions",
                    content.versions().stream()
                            .map(ContentEndpoints::versionJson)
                            .toList()));
        } catch (IOException e) {
            throw storeProblem(ex, e);
        }
    }

    public Reply rollback(Exchange ex) throws ApiException, IOException {
        com.fasterxml.jackson.databind.JsonNode body =
                ex.jsonBody(com.fasterxml.jackson.databind.JsonNode.class, maxJsonBytes);
        if (!body.isObject()) {
            throw ApiException.badRequest("the body must be a JSON object: {\"version\": N}");
        }
        long version = rollbackVersion(body);
        if (!changing.tryLock()) {
            throw busy(ex);
        }
        try {
            long from = content.current().map(ContentAdmin.Version::version).orElse(0L);
            ContentAdmin.Version v = content.rollback(version);
            ex.audit("rolled back from content version " + from + " to " + v.version() + " (" + v.label()
                    + "); pinned there");
            return Reply.ok(versionJson(v));
        } catch (BundleException e) {
            throw refused(ex, e);
        } catch (IOException e) {
            throw storeProblem(ex, e);
        } finally {
            changing.unlock();
        }
    }

    /** Lifts a rollback's pin: the next newer bundle from any source is taken again. */
    public Reply unpin(Exchange ex) throws ApiException, IOException {
        if (!changing.tryLock()) {
            throw busy(ex);
        }
        try {
            Optional<ContentAdmin.Pin> lifted = content.unpin();
            ex.audit(lifted.map(p -> "lifted the pin on content version " + p.version() + " (rolled back from "
                            + p.rolledBackFrom() + ")")
                    .orElse("no pin to lift"));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("unpinned", lifted.isPresent());
            body.put("pin", lifted.orElse(null));
            return Reply.ok(body);
        } catch (IOException e) {
            throw storeProblem(ex, e);
        } finally {
            changing.unlock();
        }
    }

    private static ApiException busy(Exchange ex) {
        ex.audit("refused: another content change is in progress");
        return new ApiException(409, "busy", "another content change is in progress on this kiosk; try again later");
    }

    private static ApiException refused(Exchange ex, BundleException e) {
        ex.audit("refused: " + e.getMessage());
        int status = switch (e.reason()) {
            case NOT_NEWER, PINNED -> 409;
            case UNKNOWN_VERSION -> 404;
            default -> 422;
        };
        return new ApiException(status, e.reason().name().toLowerCase(Locale.ROOT), e.getMessage());
    }

    private static ApiException storeProblem(Exchange ex, IOException e) {
        if (e instanceof NotProvisionedException) {
            ex.audit("refused: not provisioned");
            return new ApiException(409, "not_provisioned", e.getMessage());
        }
        if (e instanceof ContentBusyException) {
            // Another update of this kiosk, or a `legalkiosk content` command holding the store: a conflict, no fault.
            ex.audit("refused: " + e.getMessage());
            return new ApiException(409, "busy", e.getMessage());
        }
        LOG.error("Content change failed", e);
        ex.audit("failed: " + e.getMessage());
        return new ApiException(500, "io_error", "the kiosk could not change its content: " + e.getMessage());
    }

    static Map<String, Object> versionJson(ContentAdmin.Version v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", v.version());
        m.put("label", v.label());
        m.put("channel", v.channel());
        m.put("manifestSha256", v.manifestSha256());
        m.put("active", v.active());
        return m;
    }
}

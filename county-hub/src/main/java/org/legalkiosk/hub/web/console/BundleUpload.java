package org.legalkiosk.hub.web.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.server.Request;
import org.legalkiosk.hub.content.UploadRefused;

/**
 * Receives the bundle file of the console's upload form: the multipart body is streamed to a file in the library's
 * incoming folder as it arrives (never held in memory), and refused as soon as it passes the limit (a declared
 * length over it before anything is read).
 */
final class BundleUpload {

    static final String FIELD = "bundle";
    private static final long OTHER_PARTS = 64 * 1024;
    private static final long DRAIN_BYTES = 2L << 30;

    private BundleUpload() {}

    /** The uploaded file, in {@code incoming}; the caller owns (and deletes) it. */
    static Path receive(Request request, Path incoming, long maxBytes) throws UploadRefused, IOException {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        String boundary = type == null ? null : MultiPart.extractBoundary(type);
        if (boundary == null) {
            throw new UploadRefused(400, "请用页面上的上传表单选择文件。", "Expected a multipart/form-data upload");
        }
        if (request.getLength() > maxBytes + OTHER_PARTS) {
            drain(request);
            throw tooLarge(maxBytes);
        }
        MultiPartFormData.Parser parser = new MultiPartFormData.Parser(boundary);
        parser.setFilesDirectory(incoming);
        parser.setMaxMemoryFileSize(0); // every file part goes to disk at once
        parser.setMaxFileSize(maxBytes);
        parser.setMaxLength(maxBytes + OTHER_PARTS);
        parser.setMaxParts(4);
        MultiPartFormData.Parts parts;
        try {
            parts = parser.parse(request).get();
        } catch (ExecutionException e) {
            String why = String.valueOf(e.getCause() == null ? e : e.getCause().getMessage());
            if (why.toLowerCase(java.util.Locale.ROOT).contains("exceeded")) {
                drain(request);
                throw tooLarge(maxBytes);
            }
            throw new UploadRefused(400, "上传没有完成，请重试。", "The upload could not be read: " + why);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while receiving an upload", e);
        }
        try (parts) {
            MultiPart.Part part = parts.getFirst(FIELD);
            if (part == null || part.getFileName() == null || part.getFileName().isBlank()) {
                throw new UploadRefused(400, "请选择要上传的内容包文件（.lkb）。", "Choose a bundle file (.lkb)");
            }
            Path file = Files.createTempFile(incoming, "upload-", ".lkb");
            Files.delete(file);
            part.writeTo(file);
            return file;
        }
    }

    /**
     * Reads and discards what is left of a refused body (up to {@link #DRAIN_BYTES}): a browser still sending its
     * file shows "connection reset" instead of the refusal when the server stops reading. Only a logged-in admin's
     * post with a valid form token gets this far, and nothing is kept.
     */
    private static void drain(Request request) {
        org.legalkiosk.hub.web.Http.discardBody(request, DRAIN_BYTES);
    }

    private static UploadRefused tooLarge(long maxBytes) {
        return new UploadRefused(
                413,
                "文件太大：内容包最大 " + (maxBytes >> 20) + " MB。",
                "Too large: a bundle is at most " + (maxBytes >> 20) + " MiB");
    }
}

package org.legalkiosk.content.bundle;

import static org.legalkiosk.content.bundle.CanonicalZip.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes a bundle file in the canonical layout: {@code manifest.json}, {@code manifest.sig}, then
 * {@code objects/<sha256>} in ascending hash order. The caller adds entries in that order. Each entry is
 * compressed in memory first (objects are bounded by the per-file limit) so sizes and CRC precede the data and no
 * data descriptor is needed.
 */
final class BundleWriter implements AutoCloseable {

    private record Written(String name, int method, long crc, long compressedSize, long size, long offset) {}

    private final OutputStream out;
    private final List<Written> entries = new ArrayList<>();
    private long offset;
    private String lastObject = "";

    BundleWriter(OutputStream out) {
        this.out = out;
    }

    void manifest(byte[] manifestJson, byte[] signature) throws IOException {
        if (!entries.isEmpty()) {
            throw new IllegalStateException("the manifest comes first");
        }
        entry(MANIFEST, manifestJson);
        entry(SIGNATURE, signature);
    }

    void object(String sha256, byte[] bytes) throws IOException {
        checkObjectOrder(sha256);
        entry(OBJECTS + sha256, bytes);
    }

    /**
     * An object copied from a file without compression, for a bundle that never leaves the kiosk (see
     * {@link BundleAssembler}); the file is read twice, for the CRC and then for the data, never held in memory.
     */
    void storedObject(String sha256, Path file) throws IOException {
        checkObjectOrder(sha256);
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                crc.update(buffer, 0, n);
            }
        }
        long size = Files.size(file);
        localHeader(new Written(OBJECTS + sha256, STORED, crc.getValue(), size, size, offset));
        long copied;
        try (InputStream in = Files.newInputStream(file)) {
            copied = in.transferTo(out);
        }
        if (copied != size) {
            throw new IOException(file + " changed while it was being added to the bundle");
        }
        offset += copied;
    }

    private void checkObjectOrder(String sha256) {
        if (entries.size() < 2 || sha256.compareTo(lastObject) <= 0) {
            throw new IllegalStateException("objects follow the manifest, once each, in ascending hash order");
        }
        lastObject = sha256;
    }

    private void entry(String name, byte[] data) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(data);
        byte[] deflated = deflate(data);
        boolean store = deflated.length >= data.length;
        byte[] payload = store ? data : deflated;
        localHeader(new Written(name, store ? STORED : DEFLATED, crc.getValue(), payload.length, data.length, offset));
        write(payload);
    }

    private void localHeader(Written w) throws IOException {
        byte[] nameBytes = w.name().getBytes(StandardCharsets.US_ASCII);
        ByteBuffer h = header(LOCAL_HEADER_SIZE + nameBytes.length);
        h.putInt(LOCAL_HEADER)
                .putShort((short) VERSION)
                .putShort((short) 0)
                .putShort((short) w.method())
                .putShort((short) DOS_TIME)
                .putShort((short) DOS_DATE)
                .putInt((int) w.crc())
                .putInt((int) w.compressedSize())
                .putInt((int) w.size())
                .putShort((short) nameBytes.length)
                .putShort((short) 0)
                .put(nameBytes);
        write(h.array());
        entries.add(w);
    }

    @Override
    public void close() throws IOException {
        long centralStart = offset;
        for (Written w : entries) {
            byte[] nameBytes = w.name().getBytes(StandardCharsets.US_ASCII);
            ByteBuffer h = header(CENTRAL_HEADER_SIZE + nameBytes.length);
            h.putInt(CENTRAL_HEADER)
                    .putShort((short) VERSION)
                    .putShort((short) VERSION)
                    .putShort((short) 0)
                    .putShort((short) w.method())
                    .putShort((short) DOS_TIME)
                    .putShort((short) DOS_DATE)
                    .putInt((int) w.crc())
                    .putInt((int) w.compressedSize())
                    .putInt((int) w.size())
                    .putShort((short) nameBytes.length)
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putInt(0)
                    .putInt((int) w.offset())
                    .put(nameBytes);
            write(h.array());
        }
        long centralSize = offset - centralStart;
        if (offset > 0xFFFF_FFFFL || entries.size() > 0xFFFF) {
            throw new IOException("bundle too large for the format (no zip64)");
        }
        ByteBuffer end = header(END_RECORD_SIZE);
        end.putInt(END_RECORD)
                .putShort((short) 0)
                .putShort((short) 0)
                .putShort((short) entries.size())
                .putShort((short) entries.size())
                .putInt((int) centralSize)
                .putInt((int) centralStart)
                .putShort((short) 0);
        write(end.array());
        out.flush();
    }

    private void write(byte[] bytes) throws IOException {
        out.write(bytes);
        offset += bytes.length;
    }

    private static ByteBuffer header(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 2));
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                int n = deflater.deflate(buffer);
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}

package org.legalkiosk.content.bundle;

import static org.legalkiosk.content.bundle.BundleException.Reason.CORRUPT_ARCHIVE;
import static org.legalkiosk.content.bundle.BundleException.Reason.HASH_MISMATCH;
import static org.legalkiosk.content.bundle.BundleException.Reason.TOO_LARGE;
import static org.legalkiosk.content.bundle.BundleException.Reason.TRUNCATED;
import static org.legalkiosk.content.bundle.BundleException.Reason.UNSAFE_PATH;
import static org.legalkiosk.content.bundle.CanonicalZip.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A bundle file opened for reading, its layout checked strictly before a single byte is inflated: names first
 * (nothing but {@code manifest.json}, {@code manifest.sig}, {@code objects/<64 hex>}; no links, no duplicates),
 * then the limits, then every header field against the canonical layout. Nothing here trusts the content yet:
 * the signature is checked by {@link BundleVerifier}.
 */
public final class BundleArchive implements AutoCloseable {

    private record Entry(String name, int method, long crc, long compressedSize, long size, long headerOffset) {
        long dataOffset() {
            return headerOffset + LOCAL_HEADER_SIZE + name.length();
        }
    }

    private final FileChannel channel;
    private final Path file;
    private final byte[] manifestBytes;
    private final byte[] signatureBytes;
    private final Map<String, Entry> objects;

    private BundleArchive(FileChannel channel, Path file, List<Entry> entries) throws IOException, BundleException {
        this.channel = channel;
        this.file = file;
        this.manifestBytes = readSmall(entries.get(0));
        this.signatureBytes = readSmall(entries.get(1));
        Map<String, Entry> byHash = new LinkedHashMap<>();
        for (Entry e : entries.subList(2, entries.size())) {
            byHash.put(e.name().substring(OBJECTS.length()), e);
        }
        this.objects = Collections.unmodifiableMap(byHash);
    }

    public static BundleArchive open(Path file, BundleLimits limits) throws IOException, BundleException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            return new BundleArchive(channel, file, new LayoutCheck(channel, limits).entries());
        } catch (IOException | BundleException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /** The exact bytes of {@code manifest.json}: what the signature covers. */
    public byte[] manifestBytes() {
        return manifestBytes.clone();
    }

    public byte[] signatureBytes() {
        return signatureBytes.clone();
    }

    /** Hashes of the objects this file carries, ascending. */
    public Set<String> objectHashes() {
        return objects.keySet();
    }

    public boolean hasObject(String sha256) {
        return objects.containsKey(sha256);
    }

    /** The uncompressed size the archive declares for an object. */
    public long objectSize(String sha256) {
        Entry e = objects.get(sha256);
        if (e == null) {
            throw new IllegalArgumentException("no object " + sha256);
        }
        return e.size();
    }

    /** Inflates one object into {@code out}, checking its length, CRC and SHA-256 on the way. */
    public void copyObject(String sha256, OutputStream out) throws IOException, BundleException {
        Entry e = objects.get(sha256);
        if (e == null) {
            throw new IllegalArgumentException("no object " + sha256);
        }
        MessageDigest digest = Hashes.sha256();
        inflate(e, (buffer, n) -> {
            digest.update(buffer, 0, n);
            out.write(buffer, 0, n);
        });
        String actual = Hashes.hex(digest);
        if (!Hashes.sameHash(actual, sha256)) {
            throw new BundleException(HASH_MISMATCH, "object " + sha256 + " holds bytes with hash " + actual);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private byte[] readSmall(Entry e) throws IOException, BundleException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) e.size());
        inflate(e, (buffer, n) -> out.write(buffer, 0, n));
        return out.toByteArray();
    }

    private interface Sink {
        void accept(byte[] buffer, int length) throws IOException;
    }

    private void inflate(Entry e, Sink sink) throws IOException, BundleException {
        CRC32 crc = new CRC32();
        long produced = 0;
        byte[] out = new byte[64 * 1024];
        long position = e.dataOffset();
        long remaining = e.compressedSize();
        if (e.method() == STORED) {
            while (remaining > 0) {
                ByteBuffer chunk = read(channel, position, (int) Math.min(out.length, remaining));
                int n = chunk.remaining();
                chunk.get(out, 0, n);
                crc.update(out, 0, n);
                sink.accept(out, n);
                position += n;
                remaining -= n;
                produced += n;
            }
        } else {
            Inflater inflater = new Inflater(true);
            try {
                byte[] in = new byte[64 * 1024];
                while (!inflater.finished()) {
                    if (inflater.needsInput()) {
                        if (remaining == 0) {
                            throw new BundleException(CORRUPT_ARCHIVE, e.name() + ": compressed data ends early");
                        }
                        int n = (int) Math.min(in.length, remaining);
                        read(channel, position, n).get(in, 0, n);
                        inflater.setInput(in, 0, n);
                        position += n;
                        remaining -= n;
                    }
                    if (inflater.needsDictionary()) {
                        throw new BundleException(CORRUPT_ARCHIVE, e.name() + ": compressed data is damaged");
                    }
                    int n = inflater.inflate(out);
                    produced += n;
                    if (produced > e.size()) {
                        throw new BundleException(
                                CORRUPT_ARCHIVE,
                                e.name() + ": inflates to more than its declared " + e.size() + " bytes");
                    }
                    crc.update(out, 0, n);
                    sink.accept(out, n);
                }
                if (remaining != 0 || inflater.getRemaining() != 0) {
                    throw new BundleException(
                            CORRUPT_ARCHIVE, e.name() + ": bytes after the end of the compressed data");
                }
            } catch (DataFormatException ex) {
                throw new BundleException(
                        CORRUPT_ARCHIVE, e.name() + ": compressed data is damaged (" + ex.getMessage() + ")");
            } finally {
                inflater.end();
            }
        }
        if (produced != e.size()) {
            throw new BundleException(
                    CORRUPT_ARCHIVE, e.name() + ": " + produced + " bytes instead of the declared " + e.size());
        }
        if (crc.getValue() != e.crc()) {
            throw new BundleException(CORRUPT_ARCHIVE, e.name() + ": CRC does not match, the data is damaged");
        }
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException, BundleException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position + buffer.position());
            if (n < 0) {
                throw new BundleException(TRUNCATED, "the file ends early, at byte " + (position + buffer.position()));
            }
        }
        return buffer.flip();
    }

    /** The layout checks, in the order that gives the most specific reason for a hostile or damaged file. */
    private static final class LayoutCheck {

        private record Header(
                String name,
                int madeBy,
                int needed,
                int flags,
                int method,
                int time,
                int date,
                long crc,
                long compressedSize,
                long size,
                int extraLength,
                int commentLength,
                int disk,
                int internal,
                long external,
                long offset) {}

        private final FileChannel channel;
        private final BundleLimits limits;

        LayoutCheck(FileChannel channel, BundleLimits limits) {
            this.channel = channel;
            this.limits = limits;
        }

        List<Entry> entries() throws IOException, BundleException {
            long fileSize = channel.size();
            if (fileSize > limits.maxArchiveBytes()) {
                throw new BundleException(
                        TOO_LARGE, "the file is " + fileSize + " bytes, over the limit of " + limits.maxArchiveBytes());
            }
            if (fileSize < END_RECORD_SIZE) {
                throw new BundleException(
                        TRUNCATED, "the file is only " + fileSize + " bytes: cut short or not a bundle");
            }
            long endOffset = fileSize - END_RECORD_SIZE;
            ByteBuffer end = read(channel, endOffset, END_RECORD_SIZE);
            if (end.getInt() != END_RECORD) {
                throw new BundleException(
                        TRUNCATED,
                        "the file does not end with a zip end record: it was cut short "
                                + "(an interrupted download?) or damaged");
            }
            int disk = u16(end);
            int centralDisk = u16(end);
            int entriesHere = u16(end);
            int count = u16(end);
            long centralSize = u32(end);
            long centralOffset = u32(end);
            int commentLength = u16(end);
            if (disk != 0
                    || centralDisk != 0
                    || entriesHere != count
                    || commentLength != 0
                    || centralOffset + centralSize != endOffset) {
                throw new BundleException(CORRUPT_ARCHIVE, "the zip end record is not the canonical one");
            }
            if (count > limits.maxFiles() + 2L) {
                throw new BundleException(
                        TOO_LARGE,
                        "the archive holds " + count + " entries, over the limit of " + (limits.maxFiles() + 2));
            }
            if (count < 2) {
                throw new BundleException(CORRUPT_ARCHIVE, "the archive holds no manifest and signature");
            }
            if (centralSize > (CENTRAL_HEADER_SIZE + 80L) * count) {
                throw new BundleException(CORRUPT_ARCHIVE, "the central directory is larger than its entries need");
            }
            List<Header> headers = headers(read(channel, centralOffset, (int) centralSize), count);
            checkNames(headers);
            checkSizes(headers);
            List<Entry> entries = new ArrayList<>();
            long expectedOffset = 0;
            for (Header h : headers) {
                checkCanonical(h, expectedOffset);
                expectedOffset = h.offset() + LOCAL_HEADER_SIZE + h.name().length() + h.compressedSize();
                entries.add(new Entry(h.name(), h.method(), h.crc(), h.compressedSize(), h.size(), h.offset()));
            }
            if (expectedOffset != centralOffset) {
                throw new BundleException(CORRUPT_ARCHIVE, "bytes between the last entry and the central directory");
            }
            return entries;
        }

        private List<Header> headers(ByteBuffer central, int count) throws BundleException {
            List<Header> headers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                if (central.remaining() < CENTRAL_HEADER_SIZE || central.getInt() != CENTRAL_HEADER) {
                    throw new BundleException(CORRUPT_ARCHIVE, "central directory entry " + (i + 1) + " is damaged");
                }
                int madeBy = u16(central);
                int needed = u16(central);
                int flags = u16(central);
                int method = u16(central);
                int time = u16(central);
                int date = u16(central);
                long crc = u32(central);
                long compressedSize = u32(central);
                long size = u32(central);
                int nameLength = u16(central);
                int extraLength = u16(central);
                int commentLength = u16(central);
                int disk = u16(central);
                int internal = u16(central);
                long external = u32(central);
                long offset = u32(central);
                if (central.remaining() < (long) nameLength + extraLength + commentLength) {
                    throw new BundleException(
                            CORRUPT_ARCHIVE, "central directory entry " + (i + 1) + " runs past its end");
                }
                byte[] nameBytes = new byte[nameLength];
                central.get(nameBytes);
                central.position(central.position() + extraLength + commentLength);
                headers.add(new Header(
                        new String(nameBytes, StandardCharsets.ISO_8859_1),
                        madeBy,
                        needed,
                        flags,
                        method,
                        time,
                        date,
                        crc,
                        compressedSize,
                        size,
                        extraLength,
                        commentLength,
                        disk,
                        internal,
                        external,
                        offset));
            }
            if (central.hasRemaining()) {
                throw new BundleException(CORRUPT_ARCHIVE, "the central directory has bytes after its last entry");
            }
            return headers;
        }

        private static void checkNames(List<Header> headers) throws BundleException {
            Set<String> seen = new HashSet<>();
            for (Header h : headers) {
                String name = h.name();
                String shown = ContentPaths.printable(name);
                if (name.isEmpty() || !name.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
                    throw new BundleException(UNSAFE_PATH, "entry name '" + shown + "' is empty or not plain ASCII");
                }
                if (name.indexOf('\\') >= 0) {
                    throw new BundleException(UNSAFE_PATH, "entry name '" + shown + "' has a backslash");
                }
                if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
                    throw new BundleException(UNSAFE_PATH, "entry name '" + shown + "' is an absolute path");
                }
                for (String segment : name.split("/", -1)) {
                    if (segment.equals("..") || segment.equals(".")) {
                        throw new BundleException(
                                UNSAFE_PATH, "entry name '" + shown + "' climbs with '" + segment + "'");
                    }
                }
                int host = h.madeBy() >>> 8;
                int unixType = (int) (h.external() >>> 16) & 0xF000;
                if (host == 3 && unixType == 0xA000) {
                    throw new BundleException(UNSAFE_PATH, "entry '" + shown + "' is a symbolic link");
                }
                if (!name.equals(MANIFEST)
                        && !name.equals(SIGNATURE)
                        && !OBJECT_NAME.matcher(name).matches()) {
                    throw new BundleException(
                            UNSAFE_PATH,
                            "entry name '" + shown + "' is not manifest.json, manifest.sig or objects/<sha256>");
                }
                if (!seen.add(name)) {
                    throw new BundleException(UNSAFE_PATH, "entry '" + shown + "' appears twice");
                }
            }
            if (!headers.get(0).name().equals(MANIFEST)
                    || !headers.get(1).name().equals(SIGNATURE)) {
                throw new BundleException(
                        CORRUPT_ARCHIVE, "the archive does not start with manifest.json and manifest.sig");
            }
            for (int i = 3; i < headers.size(); i++) {
                if (headers.get(i).name().compareTo(headers.get(i - 1).name()) <= 0) {
                    throw new BundleException(CORRUPT_ARCHIVE, "objects are not in ascending hash order");
                }
            }
        }

        private void checkSizes(List<Header> headers) throws BundleException {
            if (headers.get(0).size() > limits.maxManifestBytes()) {
                throw new BundleException(
                        TOO_LARGE,
                        "manifest.json is " + headers.get(0).size() + " bytes, over the limit of "
                                + limits.maxManifestBytes());
            }
            if (headers.get(1).size() > BundleLimits.MAX_SIGNATURE_BYTES) {
                throw new BundleException(
                        TOO_LARGE,
                        "manifest.sig is " + headers.get(1).size() + " bytes, over the limit of "
                                + BundleLimits.MAX_SIGNATURE_BYTES);
            }
            long total = 0;
            for (Header h : headers.subList(2, headers.size())) {
                if (h.size() > limits.maxFileBytes()) {
                    throw new BundleException(
                            TOO_LARGE,
                            h.name() + " is " + h.size() + " bytes, over the limit of " + limits.maxFileBytes());
                }
                total += h.size();
            }
            if (total > limits.maxTotalBytes()) {
                throw new BundleException(
                        TOO_LARGE,
                        "the objects add up to " + total + " bytes, over the limit of " + limits.maxTotalBytes());
            }
        }

        private void checkCanonical(Header h, long expectedOffset) throws IOException, BundleException {
            String where = h.name() + ": ";
            if (h.madeBy() != VERSION
                    || h.needed() != VERSION
                    || h.flags() != 0
                    || h.time() != DOS_TIME
                    || h.date() != DOS_DATE
                    || h.extraLength() != 0
                    || h.commentLength() != 0
                    || h.disk() != 0
                    || h.internal() != 0
                    || h.external() != 0) {
                throw new BundleException(CORRUPT_ARCHIVE, where + "central header is not the canonical one");
            }
            if (h.method() != STORED && h.method() != DEFLATED
                    || h.method() == STORED && h.compressedSize() != h.size()) {
                throw new BundleException(CORRUPT_ARCHIVE, where + "unsupported compression method " + h.method());
            }
            if (h.offset() != expectedOffset) {
                throw new BundleException(CORRUPT_ARCHIVE, where + "entry is not where the previous one ends");
            }
            ByteBuffer local =
                    read(channel, h.offset(), LOCAL_HEADER_SIZE + h.name().length());
            boolean same = local.getInt() == LOCAL_HEADER
                    && u16(local) == VERSION
                    && u16(local) == h.flags()
                    && u16(local) == h.method()
                    && u16(local) == h.time()
                    && u16(local) == h.date()
                    && u32(local) == h.crc()
                    && u32(local) == h.compressedSize()
                    && u32(local) == h.size()
                    && u16(local) == h.name().length()
                    && u16(local) == 0;
            byte[] name = new byte[h.name().length()];
            local.get(name);
            if (!same || !new String(name, StandardCharsets.ISO_8859_1).equals(h.name())) {
                throw new BundleException(CORRUPT_ARCHIVE, where + "local header differs from the central directory");
            }
        }

        private static int u16(ByteBuffer b) {
            return Short.toUnsignedInt(b.getShort());
        }

        private static long u32(ByteBuffer b) {
            return Integer.toUnsignedLong(b.getInt());
        }
    }
}

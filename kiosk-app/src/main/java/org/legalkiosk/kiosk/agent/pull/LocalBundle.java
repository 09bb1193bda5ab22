package org.legalkiosk.kiosk.agent.pull;

import java.io.BufferedOutputStream;
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
import java.util.SortedMap;
import java.util.zip.CRC32;

/**
 * Puts a signed manifest and its objects (downloaded or taken from the store) back into one bundle file, so the
 * content store verifies and applies it exactly like a pushed one. The layout is the canonical one of
 * docs/content-bundle.md with every entry stored uncompressed: the file never leaves this kiosk. The signed
 * manifest bytes go in unchanged, so nothing here can make a bundle the store would not otherwise accept.
 */
final class LocalBundle {

    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int END_RECORD = 0x06054b50;
    private static final int VERSION = 20;
    private static final int STORED = 0;
    private static final int DOS_DATE = (1 << 5) | 1;

    private record Written(String name, long crc, long size, long offset) {
    }

    private LocalBundle() {
    }

    /** @param objects object files by hash; written in ascending hash order, as the format demands */
    static void write(Path out, byte[] manifest, byte[] signature, SortedMap<String, Path> objects) throws IOException {
        List<Written> entries = new ArrayList<>();
        try (CountingOut o = new CountingOut(new BufferedOutputStream(Files.newOutputStream(out)))) {
            entries.add(entry(o, "manifest.json", manifest));
            entries.add(entry(o, "manifest.sig", signature));
            for (var e : objects.entrySet()) {
                entries.add(entry(o, "objects/" + e.getKey(), e.getValue()));
            }
            long centralStart = o.count;
            for (Written w : entries) {
                byte[] name = w.name().getBytes(StandardCharsets.US_ASCII);
                ByteBuffer h = buffer(46 + name.length);
                h.putInt(CENTRAL_HEADER).putShort((short) VERSION).putShort((short) VERSION).putShort((short) 0)
                        .putShort((short) STORED).putShort((short) 0).putShort((short) DOS_DATE)
                        .putInt((int) w.crc()).putInt((int) w.size()).putInt((int) w.size())
                        .putShort((short) name.length).putShort((short) 0).putShort((short) 0)
                        .putShort((short) 0).putShort((short) 0).putInt(0).putInt((int) w.offset()).put(name);
                o.write(h.array());
            }
            long centralSize = o.count - centralStart;
            if (o.count > 0xFFFF_FFFFL || entries.size() > 0xFFFF) {
                throw new IOException("bundle too large for the format (no zip64)");
            }
            ByteBuffer end = buffer(22);
            end.putInt(END_RECORD).putShort((short) 0).putShort((short) 0).putShort((short) entries.size())
                    .putShort((short) entries.size()).putInt((int) centralSize).putInt((int) centralStart)
                    .putShort((short) 0);
            o.write(end.array());
        }
    }

    private static Written entry(CountingOut o, String name, byte[] data) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(data);
        Written w = new Written(name, crc.getValue(), data.length, o.count);
        header(o, w);
        o.write(data);
        return w;
    }

    private static Written entry(CountingOut o, String name, Path file) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                crc.update(buffer, 0, n);
            }
        }
        Written w = new Written(name, crc.getValue(), Files.size(file), o.count);
        header(o, w);
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(o);
        }
        return w;
    }

    private static void header(CountingOut o, Written w) throws IOException {
        byte[] name = w.name().getBytes(StandardCharsets.US_ASCII);
        ByteBuffer h = buffer(30 + name.length);
        h.putInt(LOCAL_HEADER).putShort((short) VERSION).putShort((short) 0).putShort((short) STORED)
                .putShort((short) 0).putShort((short) DOS_DATE).putInt((int) w.crc())
                .putInt((int) w.size()).putInt((int) w.size())
                .putShort((short) name.length).putShort((short) 0).put(name);
        o.write(h.array());
    }

    private static ByteBuffer buffer(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static final class CountingOut extends OutputStream {
        private final OutputStream out;
        long count;

        CountingOut(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}

package org.legalkiosk.content.bundle;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Writes zip files the bundle writer never would (any names, Unix link entries, duplicates), to check that the
 * reader refuses them. Uncompressed, otherwise in the canonical layout, so only the hostile part differs.
 */
public final class RawZip {

    private record Entry(String name, byte[] data, int madeBy, long externalAttributes) {}

    private final List<Entry> entries = new ArrayList<>();

    public RawZip add(String name, byte[] data) {
        entries.add(new Entry(name, data, 20, 0));
        return this;
    }

    /** A Unix symbolic link entry (host 3, mode 0120777) pointing at {@code target}. */
    public RawZip addSymlink(String name, String target) {
        entries.add(new Entry(name, target.getBytes(StandardCharsets.UTF_8), (3 << 8) | 20, 0120777L << 16));
        return this;
    }

    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Long> offsets = new ArrayList<>();
        for (Entry e : entries) {
            offsets.add((long) out.size());
            byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
            ByteBuffer h = le(30 + name.length);
            h.putInt(0x04034b50)
                    .putShort((short) 20)
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putShort((short) 0x21)
                    .putInt((int) crc(e.data()))
                    .putInt(e.data().length)
                    .putInt(e.data().length)
                    .putShort((short) name.length)
                    .putShort((short) 0)
                    .put(name);
            out.writeBytes(h.array());
            out.writeBytes(e.data());
        }
        long central = out.size();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
            ByteBuffer h = le(46 + name.length);
            h.putInt(0x02014b50)
                    .putShort((short) e.madeBy())
                    .putShort((short) 20)
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putShort((short) 0x21)
                    .putInt((int) crc(e.data()))
                    .putInt(e.data().length)
                    .putInt(e.data().length)
                    .putShort((short) name.length)
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putInt((int) e.externalAttributes())
                    .putInt(offsets.get(i).intValue())
                    .put(name);
            out.writeBytes(h.array());
        }
        long centralSize = out.size() - central;
        ByteBuffer end = le(22);
        end.putInt(0x06054b50)
                .putShort((short) 0)
                .putShort((short) 0)
                .putShort((short) entries.size())
                .putShort((short) entries.size())
                .putInt((int) centralSize)
                .putInt((int) central)
                .putShort((short) 0);
        out.writeBytes(end.array());
        return out.toByteArray();
    }

    private static long crc(byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        return crc.getValue();
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}

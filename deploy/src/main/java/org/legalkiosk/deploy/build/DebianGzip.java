package org.legalkiosk.deploy.build;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Gzip as Debian wants it for changelogs and manual pages ({@code gzip -9n}): best compression, no name and
 * no time stamp in the header, so two builds give the same bytes. {@link java.util.zip.GZIPOutputStream}
 * cannot say "best compression" in its header, which lintian reports.
 */
public final class DebianGzip {

    private DebianGzip() {}

    public static void compress(Path source, Path target) throws IOException {
        byte[] data = Files.readAllBytes(source);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // ID1 ID2, CM=deflate, FLG=0, MTIME=0 (4 bytes), XFL=2 (best compression), OS=3 (Unix)
        out.write(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 2, 3});
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        CRC32 crc = new CRC32();
        crc.update(data);
        writeLittleEndian(out, crc.getValue());
        writeLittleEndian(out, data.length & 0xffffffffL);
        Files.write(target, out.toByteArray());
    }

    private static void writeLittleEndian(ByteArrayOutputStream out, long value) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (value >>> (8 * i)) & 0xff);
        }
    }
}

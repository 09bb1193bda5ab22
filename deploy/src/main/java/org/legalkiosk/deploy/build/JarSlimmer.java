package org.legalkiosk.deploy.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies a jar, leaving out the native libraries that cannot run on one architecture. Libraries such as
 * sqlite-jdbc, jSerialComm and JNA carry natives for every platform they support; a terminal's package needs
 * only its own, and a test can then check that every native in it matches.
 */
public final class JarSlimmer {

    /** Natives of other operating systems, recognised by name because they are not ELF files. */
    private static final List<String> FOREIGN_SUFFIXES = List.of(".dll", ".dylib", ".jnilib");
    /** Linux natives built for another C library than Debian's glibc, or for Android. */
    private static final List<String> FOREIGN_LIBC = List.of("musl", "android");

    private final Architecture arch;

    public JarSlimmer(Architecture arch) {
        this.arch = arch;
    }

    /** What one copy kept and dropped. */
    public record Result(int kept, List<String> dropped) {}

    /** Copies {@code source} to {@code target} without the natives of other platforms. */
    public Result copy(Path source, Path target) throws IOException {
        List<String> dropped = new ArrayList<>();
        int kept = 0;
        try (InputStream raw = Files.newInputStream(source);
                ZipInputStream in = new ZipInputStream(raw);
                OutputStream out = Files.newOutputStream(target);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] body = in.readAllBytes();
                if (!entry.isDirectory() && isForeign(entry.getName(), body)) {
                    dropped.add(entry.getName());
                    continue;
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                // Keep the original times so that two builds of the same sources give the same jars.
                copy.setTime(entry.getTime());
                zip.putNextEntry(copy);
                zip.write(body);
                zip.closeEntry();
                kept++;
            }
        }
        if (!dropped.isEmpty() && isSigned(source)) {
            // Dropping entries from a signed jar would break its signature and stop it loading.
            throw new IOException(source + " is signed; cannot leave out " + dropped.size() + " foreign natives");
        }
        return new Result(kept, dropped);
    }

    private boolean isForeign(String name, byte[] body) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (FOREIGN_SUFFIXES.stream().anyMatch(lower::endsWith)) {
            return true;
        }
        Optional<ElfHeader> elf = ElfHeader.parse(Arrays.copyOf(body, Math.min(body.length, ElfHeader.LENGTH)));
        if (elf.isEmpty()) {
            return false;
        }
        return !arch.runs(elf.get()) || FOREIGN_LIBC.stream().anyMatch(lower::contains);
    }

    private static boolean isSigned(Path jar) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                String n = e.getName().toUpperCase(Locale.ROOT);
                if (n.startsWith("META-INF/") && (n.endsWith(".SF") || n.endsWith(".RSA") || n.endsWith(".EC"))) {
                    return true;
                }
            }
        }
        return false;
    }
}

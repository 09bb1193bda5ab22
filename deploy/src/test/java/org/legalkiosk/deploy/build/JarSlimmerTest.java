package org.legalkiosk.deploy.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JarSlimmerTest {

    @TempDir
    Path dir;

    @Test
    void keepsClassesAndTheArchitecturesOwnNativesOnly() throws IOException {
        Path jar = jar(
                "lib.jar",
                "META-INF/MANIFEST.MF",
                "org/x/Lib.class",
                "native/Linux/x86_64/libx.so",
                "native/Linux/aarch64/libx.so",
                "native/Linux/arm/libx.so",
                "native/Linux-Musl/x86_64/libx.so",
                "native/Windows/x86_64/x.dll",
                "native/Mac/libx.dylib");
        Path out = dir.resolve("out.jar");

        JarSlimmer.Result result = new JarSlimmer(Architecture.AMD64).copy(jar, out);

        assertEquals(Set.of("META-INF/MANIFEST.MF", "org/x/Lib.class", "native/Linux/x86_64/libx.so"), names(out));
        assertEquals(5, result.dropped().size());
        new JarSlimmer(Architecture.ARM64).copy(jar, out);
        assertEquals(Set.of("META-INF/MANIFEST.MF", "org/x/Lib.class", "native/Linux/aarch64/libx.so"), names(out));
    }

    @Test
    void refusesToCutASignedJar() throws IOException {
        Path jar = jar("signed.jar", "META-INF/MANIFEST.MF", "META-INF/SIGNER.SF", "native/Windows/x.dll");
        assertThrows(IOException.class, () -> new JarSlimmer(Architecture.AMD64).copy(jar, dir.resolve("o.jar")));
    }

    /** A jar whose .so entries start with an ELF header of the architecture named in their path. */
    private Path jar(String name, String... entries) throws IOException {
        Path jar = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(entry.endsWith(".so") ? elf(entry) : "x".getBytes());
                zip.closeEntry();
            }
        }
        return jar;
    }

    private static byte[] elf(String path) {
        byte[] head = new byte[64];
        head[0] = 0x7f;
        head[1] = 'E';
        head[2] = 'L';
        head[3] = 'F';
        boolean arm32 = path.contains("/arm/");
        head[4] = (byte) (arm32 ? 1 : 2);
        head[5] = 1;
        head[18] = (byte)
                (path.contains("x86_64") ? ElfHeader.EM_X86_64 : arm32 ? ElfHeader.EM_ARM : ElfHeader.EM_AARCH64);
        return head;
    }

    private static Set<String> names(Path jar) throws IOException {
        Set<String> names = new TreeSet<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        return names;
    }
}

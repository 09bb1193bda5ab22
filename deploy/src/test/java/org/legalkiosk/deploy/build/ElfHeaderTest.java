package org.legalkiosk.deploy.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ElfHeaderTest {

    @Test
    void theRunningJavaIsAnElfOfThisMachine() throws Exception {
        Path java =
                Path.of(ProcessHandle.current().info().command().orElseThrow()).toRealPath();
        byte[] head;
        try (InputStream in = Files.newInputStream(java)) {
            head = in.readNBytes(ElfHeader.LENGTH);
        }
        ElfHeader elf = ElfHeader.parse(head).orElseThrow();
        String osArch = System.getProperty("os.arch");
        Architecture here = osArch.equals("aarch64") ? Architecture.ARM64 : Architecture.AMD64;
        assertTrue(here.runs(elf), java + ": " + elf);
        Architecture other = here == Architecture.AMD64 ? Architecture.ARM64 : Architecture.AMD64;
        assertTrue(!other.runs(elf));
    }

    @Test
    void readsBigEndianAnd32BitHeaders() {
        byte[] head = new byte[ElfHeader.LENGTH];
        head[0] = 0x7f;
        head[1] = 'E';
        head[2] = 'L';
        head[3] = 'F';
        head[4] = 1;
        head[5] = 2;
        head[18] = 0;
        head[19] = 40;
        ElfHeader elf = ElfHeader.parse(head).orElseThrow();
        assertEquals(new ElfHeader(false, false, ElfHeader.EM_ARM), elf);
        assertEquals("ELF 32-bit MSB arm", elf.toString());
    }

    @Test
    void otherFilesAndShortFilesAreNotElf() {
        assertEquals(Optional.empty(), ElfHeader.parse("MZ not an ELF file at all....".getBytes()));
        assertEquals(Optional.empty(), ElfHeader.parse(new byte[] {0x7f, 'E', 'L', 'F'}));
    }
}

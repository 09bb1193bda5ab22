package org.legalkiosk.deploy.build;

import java.util.Arrays;

/** A Debian architecture a terminal package is built for, and what its native code looks like. */
public enum Architecture {
    AMD64("amd64", ElfHeader.EM_X86_64),
    ARM64("arm64", ElfHeader.EM_AARCH64);

    private final String debianName;
    private final int elfMachine;

    Architecture(String debianName, int elfMachine) {
        this.debianName = debianName;
        this.elfMachine = elfMachine;
    }

    /** The name dpkg uses ({@code dpkg --print-architecture}), also in the JDK's path under /usr/lib/jvm. */
    public String debianName() {
        return debianName;
    }

    /** Whether a native library with this ELF header runs on this architecture (64-bit, little-endian). */
    public boolean runs(ElfHeader elf) {
        return elf.is64Bit() && elf.littleEndian() && elf.machine() == elfMachine;
    }

    public static Architecture fromDebianName(String name) {
        return Arrays.stream(values())
                .filter(a -> a.debianName.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown architecture " + name + "; known: "
                        + Arrays.toString(Arrays.stream(values())
                                .map(Architecture::debianName)
                                .toArray())));
    }
}

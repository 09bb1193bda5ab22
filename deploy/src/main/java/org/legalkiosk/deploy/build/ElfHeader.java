package org.legalkiosk.deploy.build;

import java.util.Optional;

/**
 * The identifying part of an ELF file's header: word size, byte order and machine. Read from the first 20 bytes,
 * which is all it takes to tell an x86-64 library from an arm64 one.
 *
 * @param is64Bit      {@code EI_CLASS} is {@code ELFCLASS64}
 * @param littleEndian {@code EI_DATA} is {@code ELFDATA2LSB}
 * @param machine      {@code e_machine}, e.g. {@link #EM_X86_64}
 */
public record ElfHeader(boolean is64Bit, boolean littleEndian, int machine) {

    public static final int EM_386 = 3;
    public static final int EM_ARM = 40;
    public static final int EM_X86_64 = 62;
    public static final int EM_AARCH64 = 183;

    /** Bytes needed by {@link #parse}. */
    public static final int LENGTH = 20;

    /** The header of these leading bytes, or empty when they are not an ELF file. */
    public static Optional<ElfHeader> parse(byte[] head) {
        if (head.length < LENGTH || head[0] != 0x7f || head[1] != 'E' || head[2] != 'L' || head[3] != 'F') {
            return Optional.empty();
        }
        boolean is64 = head[4] == 2;
        boolean little = head[5] == 1;
        int lo = head[18] & 0xff;
        int hi = head[19] & 0xff;
        return Optional.of(new ElfHeader(is64, little, little ? lo | hi << 8 : hi | lo << 8));
    }

    @Override
    public String toString() {
        String name = switch (machine) {
            case EM_386 -> "i386";
            case EM_ARM -> "arm";
            case EM_X86_64 -> "x86-64";
            case EM_AARCH64 -> "aarch64";
            default -> "machine " + machine;
        };
        return "ELF " + (is64Bit ? 64 : 32) + "-bit " + (littleEndian ? "LSB " : "MSB ") + name;
    }
}

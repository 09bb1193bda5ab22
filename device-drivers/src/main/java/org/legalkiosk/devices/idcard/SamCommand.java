package org.legalkiosk.devices.idcard;

import java.util.Optional;

/** The SAM_A commands this kiosk sends (GA/T 467), each a CMD byte and a PARA byte. */
public enum SamCommand {
    RESET_SAM(0x10, 0xFF),
    SAM_STATUS(0x11, 0xFF),
    SAM_ID(0x12, 0xFF),
    FIND_CARD(0x20, 0x01),
    SELECT_CARD(0x20, 0x02),
    READ_TEXT_AND_PHOTO(0x30, 0x01);

    private final int cmd;
    private final int para;

    SamCommand(int cmd, int para) {
        this.cmd = cmd;
        this.para = para;
    }

    public int cmd() {
        return cmd;
    }

    public int para() {
        return para;
    }

    /** The complete request frame, e.g. {@code AA AA AA 96 69 00 03 20 01 22} for find. */
    public byte[] toFrame() {
        return SamFrame.encode(new byte[] {(byte) cmd, (byte) para});
    }

    public static Optional<SamCommand> of(int cmd, int para) {
        for (SamCommand command : values()) {
            if (command.cmd == (cmd & 0xFF) && command.para == (para & 0xFF)) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }
}

package org.legalkiosk.devices.smartcard;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A scripted card: its ATR, the applications it answers SELECT for (with their FCI), and exact answers to other
 * commands. Unknown applications answer {@code 6A82}, unknown commands {@code 6D00}, as a real card would. Used by
 * the simulated reader and by the virtual card that plays a card to a real pcscd in tests.
 */
public final class SimulatedCard {

    private final Atr atr;
    private final Map<Aid, byte[]> applications;
    private final Map<String, ResponseApdu> answers;

    private SimulatedCard(Atr atr, Map<Aid, byte[]> applications, Map<String, ResponseApdu> answers) {
        this.atr = atr;
        this.applications = Map.copyOf(applications);
        this.answers = Map.copyOf(answers);
    }

    public static Builder withAtr(Atr atr) {
        return new Builder(atr);
    }

    /**
     * A made-up social-security card (社保卡) for the demo and tests: the 社会保障 DF and EF05 are selectable;
     * it holds no one's data.
     */
    public static SimulatedCard sampleSocialSecurityCard() {
        return withAtr(Atr.ofHex("3B 6C 00 00 80 64 11 65 01 90 73 00 00 00 81 07"))
                .application(Aid.SOCIAL_SECURITY, new byte[0])
                .answer("00 A4 02 00 02 EF 05", ResponseApdu.ok(new byte[0]))
                .build();
    }

    public Atr atr() {
        return atr;
    }

    /** The card's answer to one command APDU. */
    public ResponseApdu respond(byte[] command) {
        ResponseApdu exact = answers.get(key(command));
        if (exact != null) {
            return exact;
        }
        Aid name = Apdus.selectedName(command);
        if (name != null) {
            byte[] fci = applications.get(name);
            return fci == null ? ResponseApdu.status(0x6A82) : ResponseApdu.ok(fci);
        }
        return ResponseApdu.status(0x6D00);
    }

    private static String key(byte[] command) {
        return HexFormat.of().withUpperCase().formatHex(command);
    }

    @Override
    public String toString() {
        return "SimulatedCard[" + atr.hex() + ", " + applications.size() + " applications]";
    }

    public static final class Builder {

        private final Atr atr;
        private final Map<Aid, byte[]> applications = new LinkedHashMap<>();
        private final Map<String, ResponseApdu> answers = new LinkedHashMap<>();

        private Builder(Atr atr) {
            this.atr = Objects.requireNonNull(atr, "atr");
        }

        /** An application that SELECT finds, answering with this FCI. */
        public Builder application(Aid aid, byte[] fci) {
            applications.put(aid, fci.clone());
            return this;
        }

        /** The exact answer to one exact command, e.g. a SELECT that fails with 6982 or a READ RECORD. */
        public Builder answer(String commandHex, ResponseApdu answer) {
            answers.put(key(Hex.parse(commandHex)), answer);
            return this;
        }

        public SimulatedCard build() {
            return new SimulatedCard(atr, applications, answers);
        }
    }
}

package org.legalkiosk.devices.idcard;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each field sits in the 256-byte text block (UCS-2LE, padded with spaces), per card type. Shared by the
 * parser and the emulator so that both read one table; the offsets are those of hardware.md §1.
 */
public final class IdCardTextLayout {

    public static final int SIZE = 256;
    /** Bytes 248–249 tell the card type on every card. */
    public static final Slot TYPE_FLAG = new Slot(248, 2);

    /** The fields an {@link IdCard} is built from. */
    public enum Field {
        NAME,
        FOREIGN_NAME,
        SEX,
        NATION,
        NATIONALITY,
        BIRTH_DATE,
        ADDRESS,
        ID_NUMBER,
        AUTHORITY,
        VALID_FROM,
        VALID_TO
    }

    /** A byte range of the block: {@code offset} and {@code length} in bytes (two per character). */
    public record Slot(int offset, int length) {
        public int characters() {
            return length / 2;
        }
    }

    private static final Map<CardType, Map<Field, Slot>> LAYOUTS = layouts();

    private IdCardTextLayout() {}

    public static Optional<Slot> slot(CardType type, Field field) {
        return Optional.ofNullable(LAYOUTS.get(type).get(field));
    }

    private static Map<CardType, Map<Field, Slot>> layouts() {
        Map<Field, Slot> resident = new EnumMap<>(Field.class);
        resident.put(Field.NAME, new Slot(0, 30));
        resident.put(Field.SEX, new Slot(30, 2));
        resident.put(Field.NATION, new Slot(32, 4));
        resident.put(Field.BIRTH_DATE, new Slot(36, 16));
        resident.put(Field.ADDRESS, new Slot(52, 70));
        resident.put(Field.ID_NUMBER, new Slot(122, 36));
        resident.put(Field.AUTHORITY, new Slot(158, 30));
        resident.put(Field.VALID_FROM, new Slot(188, 16));
        resident.put(Field.VALID_TO, new Slot(204, 16));

        // Residence permits: the resident layout without a nation (bytes 32–35 reserved).
        Map<Field, Slot> permit = new EnumMap<>(resident);
        permit.remove(Field.NATION);

        Map<Field, Slot> foreigner = new EnumMap<>(Field.class);
        foreigner.put(Field.FOREIGN_NAME, new Slot(0, 120));
        foreigner.put(Field.SEX, new Slot(120, 2));
        foreigner.put(Field.ID_NUMBER, new Slot(122, 30));
        foreigner.put(Field.NATIONALITY, new Slot(152, 6));
        foreigner.put(Field.NAME, new Slot(158, 30));
        foreigner.put(Field.VALID_FROM, new Slot(188, 16));
        foreigner.put(Field.VALID_TO, new Slot(204, 16));
        foreigner.put(Field.BIRTH_DATE, new Slot(220, 16));
        foreigner.put(Field.AUTHORITY, new Slot(240, 8));

        Map<Field, Slot> newForeigner = new EnumMap<>(Field.class);
        newForeigner.put(Field.NAME, new Slot(0, 30));
        newForeigner.put(Field.SEX, new Slot(30, 2));
        newForeigner.put(Field.BIRTH_DATE, new Slot(36, 16));
        newForeigner.put(Field.FOREIGN_NAME, new Slot(52, 70));
        newForeigner.put(Field.ID_NUMBER, new Slot(122, 36));
        newForeigner.put(Field.AUTHORITY, new Slot(158, 30));
        newForeigner.put(Field.VALID_FROM, new Slot(188, 16));
        newForeigner.put(Field.VALID_TO, new Slot(204, 16));
        newForeigner.put(Field.NATIONALITY, new Slot(242, 6));

        Map<CardType, Map<Field, Slot>> all = new EnumMap<>(CardType.class);
        all.put(CardType.RESIDENT, Map.copyOf(resident));
        all.put(CardType.HK_MACAU_TAIWAN, Map.copyOf(permit));
        all.put(CardType.FOREIGNER_PERMANENT, Map.copyOf(foreigner));
        all.put(CardType.NEW_FOREIGNER_PERMANENT, Map.copyOf(newForeigner));
        return all;
    }
}

package org.legalkiosk.devices.idcard.emulator;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.legalkiosk.devices.idcard.CardType;
import org.legalkiosk.devices.idcard.IdCard;
import org.legalkiosk.devices.idcard.IdCardTextLayout;
import org.legalkiosk.devices.idcard.IdCardTextLayout.Field;
import org.legalkiosk.devices.idcard.Nations;

/** Writes the 256-byte text block a card would give: UCS-2LE fields padded with spaces. */
public final class IdCardTextEncoder {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd");

    private IdCardTextEncoder() {}

    public static byte[] encode(IdCard card) {
        byte[] block = new byte[IdCardTextLayout.SIZE];
        for (int i = 0; i < block.length; i += 2) {
            block[i] = ' ';
        }
        CardType type = card.type();
        put(block, type, Field.NAME, card.name());
        put(block, type, Field.FOREIGN_NAME, card.foreignName());
        put(block, type, Field.SEX, String.valueOf(card.sex().code()));
        if (type == CardType.RESIDENT) {
            put(
                    block,
                    type,
                    Field.NATION,
                    Nations.codeOf(card.ethnicity())
                            .orElseThrow(
                                    () -> new IllegalArgumentException("no GB/T 3304 code for " + card.ethnicity())));
        }
        put(block, type, Field.NATIONALITY, card.nationality());
        put(block, type, Field.BIRTH_DATE, date(card.birthDate()));
        put(block, type, Field.ADDRESS, card.address());
        put(block, type, Field.ID_NUMBER, card.idNumber());
        put(block, type, Field.AUTHORITY, card.issuingAuthority());
        put(block, type, Field.VALID_FROM, date(card.validFrom()));
        put(
                block,
                type,
                Field.VALID_TO,
                card.validUntil().map(IdCardTextEncoder::date).orElse(IdCard.OPEN_ENDED));
        write(block, IdCardTextLayout.TYPE_FLAG, String.valueOf(type.flag()));
        return block;
    }

    private static void put(byte[] block, CardType type, Field field, String value) {
        IdCardTextLayout.slot(type, field).ifPresent(slot -> write(block, slot, value));
    }

    private static void write(byte[] block, IdCardTextLayout.Slot slot, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_16LE);
        if (bytes.length > slot.length()) {
            throw new IllegalArgumentException(
                    "a value of " + value.length() + " characters does not fit in " + slot.characters());
        }
        System.arraycopy(bytes, 0, block, slot.offset(), bytes.length);
        for (int i = slot.offset() + bytes.length; i < slot.offset() + slot.length(); i += 2) {
            block[i] = ' ';
            block[i + 1] = 0;
        }
    }

    private static String date(LocalDate date) {
        return DATE.format(date);
    }
}

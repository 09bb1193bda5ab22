package org.legalkiosk.devices.idcard;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import org.legalkiosk.devices.idcard.IdCardTextLayout.Field;
import org.legalkiosk.personal.IdNumbers;

/**
 * Turns the 256-byte text block of a read into an {@link IdCard}: UCS-2LE fields padded with spaces, the type
 * flag, sex and nation codes, YYYYMMDD dates or 长期, and the ID number's check character.
 */
public final class IdCardTextParser {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private IdCardTextParser() {}

    public static IdCard parse(byte[] text, byte[] photo) {
        if (text == null || text.length != IdCardTextLayout.SIZE) {
            throw new IdCardFormatException(
                    "text block must be " + IdCardTextLayout.SIZE + " bytes, was " + (text == null ? 0 : text.length));
        }
        String flag = decode(text, IdCardTextLayout.TYPE_FLAG);
        CardType type = CardType.ofFlag(flag.isEmpty() ? ' ' : flag.charAt(0))
                .orElseThrow(() -> new IdCardFormatException("unknown card type flag '" + flag + "'"));

        String sexCode = field(text, type, Field.SEX);
        Sex sex = sexCode.length() == 1
                ? Sex.ofCode(sexCode.charAt(0))
                        .orElseThrow(() -> new IdCardFormatException("unknown sex code '" + sexCode + "'"))
                : Sex.UNKNOWN;
        String ethnicity = "";
        if (type == CardType.RESIDENT) {
            String nationCode = field(text, type, Field.NATION);
            ethnicity = Nations.nameOf(nationCode)
                    .orElseThrow(() -> new IdCardFormatException("unknown nation code '" + nationCode + "'"));
        }
        String idNumber = field(text, type, Field.ID_NUMBER).toUpperCase();
        if (type == CardType.FOREIGNER_PERMANENT) {
            if (idNumber.length() != 15) {
                throw new IdCardFormatException("permit number must have 15 characters, has " + idNumber.length());
            }
        } else if (!IdNumbers.hasValidCheckCharacter(idNumber)) {
            throw new IdCardFormatException("ID number is not 17 digits and a matching check character");
        }
        String validTo = field(text, type, Field.VALID_TO);
        return new IdCard(
                type,
                field(text, type, Field.NAME),
                field(text, type, Field.FOREIGN_NAME),
                sex,
                ethnicity,
                field(text, type, Field.NATIONALITY),
                date(field(text, type, Field.BIRTH_DATE), "birth date"),
                field(text, type, Field.ADDRESS),
                idNumber,
                field(text, type, Field.AUTHORITY),
                date(field(text, type, Field.VALID_FROM), "start of validity"),
                validTo.equals(IdCard.OPEN_ENDED) ? null : date(validTo, "end of validity"),
                photo);
    }

    private static String field(byte[] text, CardType type, Field field) {
        return IdCardTextLayout.slot(type, field)
                .map(slot -> decode(text, slot))
                .orElse("");
    }

    private static String decode(byte[] text, IdCardTextLayout.Slot slot) {
        String value = new String(text, slot.offset(), slot.length(), StandardCharsets.UTF_16LE);
        // Padding is spaces on every card seen, but some readers leave NULs in unused fields.
        return value.replace('\0', ' ').strip();
    }

    private static LocalDate date(String value, String what) {
        try {
            return LocalDate.parse(value, DATE);
        } catch (DateTimeParseException e) {
            throw new IdCardFormatException(what + " is not a date in the form YYYYMMDD");
        }
    }
}

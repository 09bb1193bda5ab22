package org.legalkiosk.devices.idcard;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import org.legalkiosk.personal.IdNumbers;

/**
 * What a reader returns from one card. Personal data: {@link #toString()} masks the name and number and leaves
 * out the address and photo, so a card may be logged only through it.
 *
 * @param type             which card this is
 * @param name             the Chinese name (for a 2017 foreigner card, empty when the card has none)
 * @param foreignName      the name in Latin letters on foreigner cards; empty on the others
 * @param sex              sex
 * @param ethnicity        the GB/T 3304 name (汉, 东乡, …) on resident cards; empty on the others
 * @param nationality      the GB/T 2659 three-letter code on foreigner cards; empty on the others
 * @param birthDate        date of birth
 * @param address          address; empty on foreigner cards
 * @param idNumber         the 18-character number (15 characters on 2017 foreigner cards)
 * @param issuingAuthority the issuing authority (a code on 2017 foreigner cards)
 * @param validFrom        first day of validity
 * @param validTo          last day of validity; {@code null} for 长期 (no end)
 * @param photo            the raw WLT photo as read (1024 bytes from a reader), see {@link PhotoDecoder}
 */
public record IdCard(
        CardType type,
        String name,
        String foreignName,
        Sex sex,
        String ethnicity,
        String nationality,
        LocalDate birthDate,
        String address,
        String idNumber,
        String issuingAuthority,
        LocalDate validFrom,
        LocalDate validTo,
        byte[] photo) {

    /** Written on the card instead of an end date. */
    public static final String OPEN_ENDED = "长期";

    public IdCard {
        Objects.requireNonNull(type, "type");
        name = Objects.requireNonNullElse(name, "");
        foreignName = Objects.requireNonNullElse(foreignName, "");
        Objects.requireNonNull(sex, "sex");
        ethnicity = Objects.requireNonNullElse(ethnicity, "");
        nationality = Objects.requireNonNullElse(nationality, "");
        Objects.requireNonNull(birthDate, "birthDate");
        address = Objects.requireNonNullElse(address, "");
        Objects.requireNonNull(idNumber, "idNumber");
        issuingAuthority = Objects.requireNonNullElse(issuingAuthority, "");
        Objects.requireNonNull(validFrom, "validFrom");
        photo = photo == null ? new byte[0] : photo.clone();
    }

    /** A resident card without a photo. */
    public static IdCard resident(
            String name,
            Sex sex,
            String ethnicity,
            LocalDate birthDate,
            String address,
            String idNumber,
            String issuingAuthority,
            LocalDate validFrom,
            LocalDate validTo) {
        return new IdCard(
                CardType.RESIDENT,
                name,
                "",
                sex,
                ethnicity,
                "",
                birthDate,
                address,
                idNumber,
                issuingAuthority,
                validFrom,
                validTo,
                null);
    }

    public IdCard withPhoto(byte[] rawPhoto) {
        return new IdCard(
                type,
                name,
                foreignName,
                sex,
                ethnicity,
                nationality,
                birthDate,
                address,
                idNumber,
                issuingAuthority,
                validFrom,
                validTo,
                rawPhoto);
    }

    @Override
    public byte[] photo() {
        return photo.clone();
    }

    /** The end of validity, empty for a card valid without end (长期). */
    public Optional<LocalDate> validUntil() {
        return Optional.ofNullable(validTo);
    }

    public boolean isOpenEnded() {
        return validTo == null;
    }

    /** True when the card is valid on that day. */
    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public String maskedIdNumber() {
        return IdNumbers.mask(idNumber);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdCard other
                && type == other.type
                && name.equals(other.name)
                && foreignName.equals(other.foreignName)
                && sex == other.sex
                && ethnicity.equals(other.ethnicity)
                && nationality.equals(other.nationality)
                && birthDate.equals(other.birthDate)
                && address.equals(other.address)
                && idNumber.equals(other.idNumber)
                && issuingAuthority.equals(other.issuingAuthority)
                && validFrom.equals(other.validFrom)
                && Objects.equals(validTo, other.validTo)
                && Arrays.equals(photo, other.photo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, idNumber, birthDate, validFrom);
    }

    @Override
    public String toString() {
        return "IdCard[type=" + type + ", name=" + maskName(name.isEmpty() ? foreignName : name)
                + ", idNumber=" + maskedIdNumber() + ", validTo=" + (validTo == null ? OPEN_ENDED : validTo)
                + ", photo=" + photo.length + " bytes]";
    }

    private static String maskName(String name) {
        return name.isEmpty() ? "" : name.charAt(0) + "*".repeat(name.length() - 1);
    }
}

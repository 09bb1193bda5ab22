package org.legalkiosk.devices.idcard;

import java.time.LocalDate;

import org.legalkiosk.personal.IdNumbers;

/**
 * Made-up cards for the demo, the emulator and tests. The numbers have valid check characters but belong to
 * nobody (the first is the textbook example of GB 11643); never put a real person's data here.
 */
public final class SampleCards {

    private SampleCards() {}

    /** A resident card valid until a date. */
    public static IdCard resident() {
        return IdCard.resident(
                        "测试甲",
                        Sex.FEMALE,
                        "汉",
                        LocalDate.of(1949, 12, 31),
                        "北京市西城区示例路1号",
                        "11010519491231002X",
                        "北京市公安局西城分局",
                        LocalDate.of(2015, 3, 1),
                        LocalDate.of(2035, 3, 1))
                .withPhoto(photo(1));
    }

    /** A resident card valid without end (长期), from a Gansu county. */
    public static IdCard openEnded() {
        return IdCard.resident(
                        "测试乙",
                        Sex.MALE,
                        "东乡",
                        LocalDate.of(1960, 5, 4),
                        "甘肃省临夏州东乡族自治县示例村3号",
                        IdNumbers.withCheckCharacter("62292619600504001"),
                        "东乡族自治县公安局",
                        LocalDate.of(2010, 6, 1),
                        null)
                .withPhoto(photo(2));
    }

    /** A Hong Kong residence permit. */
    public static IdCard hongKongPermit() {
        return new IdCard(
                CardType.HK_MACAU_TAIWAN,
                "测试丙",
                "",
                Sex.MALE,
                "",
                "",
                LocalDate.of(1990, 1, 1),
                "广东省深圳市福田区示例街8号",
                IdNumbers.withCheckCharacter("81000019900101003"),
                "深圳市公安局",
                LocalDate.of(2019, 1, 1),
                LocalDate.of(2024, 1, 1),
                photo(3));
    }

    /** A 2023 foreigner permanent residence card. */
    public static IdCard newForeigner() {
        return new IdCard(
                CardType.NEW_FOREIGNER_PERMANENT,
                "测试丁",
                "TEST SAMPLE",
                Sex.FEMALE,
                "",
                "GBR",
                LocalDate.of(1985, 7, 20),
                "",
                IdNumbers.withCheckCharacter("93611019850720001"),
                "国家移民管理局",
                LocalDate.of(2024, 2, 1),
                LocalDate.of(2034, 2, 1),
                photo(4));
    }

    /** A 2017 foreigner permanent residence card (15-character number). */
    public static IdCard foreigner() {
        return new IdCard(
                CardType.FOREIGNER_PERMANENT,
                "测试戊",
                "SAMPLE, TEST PERSON",
                Sex.MALE,
                "",
                "CAN",
                LocalDate.of(1970, 10, 1),
                "",
                "CAN110070100100",
                "1500",
                LocalDate.of(2018, 1, 1),
                LocalDate.of(2028, 1, 1),
                photo(5));
    }

    /** 1024 bytes of a recognisable pattern, the size of a real WLT photo; not an image. */
    public static byte[] photo(int seed) {
        byte[] photo = new byte[1024];
        for (int i = 0; i < photo.length; i++) {
            photo[i] = (byte) (i * 31 + seed);
        }
        return photo;
    }
}

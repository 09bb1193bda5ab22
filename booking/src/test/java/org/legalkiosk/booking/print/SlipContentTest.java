package org.legalkiosk.booking.print;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlipContentTest {

    @Test
    void acceptsMaskedPersonalData() {
        assertDoesNotThrow(() -> Slips.sample(SlipLanguage.ZH));
        assertDoesNotThrow(
                () -> slip("王*", "620102********123X", Slips.MASKED_PHONE).maskedIdNumber());
    }

    @ParameterizedTest
    @ValueSource(strings = {Slips.FULL_ID, "62010219900307123X", "620102******1234", "", "620102********12345"})
    void refusesAnIdNumberThatIsNotMasked(String id) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> slip("王*", id, Slips.MASKED_PHONE));
        assertFalse(!id.isEmpty() && e.getMessage().contains(id), "the refusal must not echo the number");
    }

    @ParameterizedTest
    @ValueSource(strings = {Slips.FULL_PHONE, "138 1234 5678", "138***5678", "+86138****5678"})
    void refusesAPhoneNumberThatIsNotMasked(String phone) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> slip("王*", Slips.MASKED_ID, phone));
        assertFalse(e.getMessage().contains(phone), "the refusal must not echo the number");
    }

    @Test
    void refusesMissingPersonalDataAndAnUnmaskedName() {
        assertThrows(IllegalArgumentException.class, () -> slip("王小明", Slips.MASKED_ID, Slips.MASKED_PHONE));
        assertThrows(IllegalArgumentException.class, () -> slip("王*", null, Slips.MASKED_PHONE));
        assertThrows(IllegalArgumentException.class, () -> slip("王*", Slips.MASKED_ID, null));
    }

    private static SlipContent slip(String name, String id, String phone) {
        return new SlipContent(
                "司法所",
                "地址",
                "0931-5221234",
                "法律援助",
                LocalDateTime.of(2026, 12, 3, 9, 30),
                Slips.CODE,
                List.of(),
                name,
                id,
                phone,
                SlipLanguage.ZH);
    }
}

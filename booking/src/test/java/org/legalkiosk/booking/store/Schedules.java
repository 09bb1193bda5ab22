package org.legalkiosk.booking.store;

import java.time.LocalDateTime;
import java.util.List;

import org.legalkiosk.booking.domain.Office;
import org.legalkiosk.booking.domain.Service;
import org.legalkiosk.booking.domain.Slot;
import org.legalkiosk.personal.IdNumbers;

/** A small schedule for store tests: one office, one service, slots on 1 December 2026. */
final class Schedules {

    static final LocalDateTime NINE = LocalDateTime.of(2026, 12, 1, 9, 0);
    static final String ID_NUMBER = IdNumbers.withCheckCharacter("62010219900101123");
    static final String PHONE = "13812345678";

    static final Office OFFICE = new Office("o1", "城关镇司法所", "城关镇人民路 1 号", "0931-1234567", "周一至周五 9:00-17:00");
    static final Service LEGAL_AID = new Service("aid", "法律援助", "Legal aid");

    private Schedules() {}

    static Slot slot(String id, int hour, int capacity) {
        return new Slot(
                id,
                OFFICE.id(),
                LEGAL_AID.id(),
                NINE.withHour(hour),
                NINE.withHour(hour).plusMinutes(30),
                capacity);
    }

    static void put(BookingStore store, Slot... slots) {
        store.putSchedule(List.of(OFFICE), List.of(LEGAL_AID), List.of(slots));
    }
}

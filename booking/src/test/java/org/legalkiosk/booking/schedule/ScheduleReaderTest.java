package org.legalkiosk.booking.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.legalkiosk.booking.domain.Office;
import org.legalkiosk.booking.domain.Service;
import org.legalkiosk.booking.domain.Slot;

class ScheduleReaderTest {

    /** A Tuesday. */
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static final String OFFICES = """
            "offices": [{"id": "chengguan", "name": "城关镇司法所", "address": "城关镇人民路 1 号",
                         "phone": "0931-1234567", "hours": "周一至周五 9:00-17:30"}],
            "services": [{"id": "aid", "nameZh": "法律援助", "nameEn": "Legal aid"},
                         {"id": "mediation", "nameZh": "人民调解", "nameEn": "People's mediation"}]""";

    static final String PLAN = """
            {"office": "chengguan", "service": "aid", "slotMinutes": 60, "seats": 2,
             "weekly": {"tuesday": {"open": "09:00", "close": "17:30", "breaks": [{"start": "12:00", "end": "14:00"}]}},
             "exceptions": [{"date": "2026-12-08", "closed": true},
                            {"date": "2026-12-05", "open": "09:00", "close": "11:00"}]}""";

    static String document(String rest) {
        return "{" + OFFICES + ", " + rest + "}";
    }

    static InvalidScheduleException invalid(String json) {
        return assertThrows(InvalidScheduleException.class, () -> ScheduleReader.parse(json, TODAY));
    }

    @Test
    void aDocumentWithPlansAndExplicitSlotsGivesEverySlotInTimeOrder() throws Exception {
        Schedule schedule = ScheduleReader.parse(document("""
                "plans": [%s], "horizonDays": 14,
                "slots": [{"id": "visit-1", "office": "chengguan", "service": "mediation",
                           "start": "2026-12-03T10:00", "end": "2026-12-03T11:30", "seats": 4}]""".formatted(PLAN)), TODAY);
        assertEquals(
                List.of(new Office("chengguan", "城关镇司法所", "城关镇人民路 1 号", "0931-1234567", "周一至周五 9:00-17:30")),
                schedule.offices());
        assertEquals(
                List.of("aid", "mediation"),
                schedule.services().stream().map(Service::id).toList());
        // Tuesdays 1 and 15 December (the 8th is a holiday): 3 + 3 slots; Saturday 5th: 2; the mediator's visit: 1.
        assertEquals(9, schedule.slots().size());
        assertEquals(
                new Slot(
                        "chengguan.aid.20261201.0900",
                        "chengguan",
                        "aid",
                        LocalDateTime.of(2026, 12, 1, 9, 0),
                        LocalDateTime.of(2026, 12, 1, 10, 0),
                        2),
                schedule.slots().get(0));
        assertTrue(schedule.slots().stream().anyMatch(s -> s.id().equals("visit-1") && s.capacity() == 4));
        assertTrue(
                schedule.slots().stream().noneMatch(s -> s.start().toLocalDate().equals(LocalDate.of(2026, 12, 8))));
        for (int i = 1; i < schedule.slots().size(); i++) {
            assertTrue(!schedule.slots()
                    .get(i)
                    .start()
                    .isBefore(schedule.slots().get(i - 1).start()));
        }
    }

    @Test
    void fromMovesTheStartOfThePlansAndTheSameDocumentGivesTheSameSlots() throws Exception {
        String json = document("\"plans\": [%s], \"horizonDays\": 7, \"from\": \"2026-12-15\"".formatted(PLAN));
        Schedule first = ScheduleReader.parse(json, TODAY);
        assertEquals(LocalDate.of(2026, 12, 15), first.slots().get(0).start().toLocalDate());
        assertEquals(first, ScheduleReader.parse(json, TODAY.minusDays(30)));
    }

    @Test
    void anEmptyListOfSlotsIsAValidScheduleWithoutSlots() throws Exception {
        assertTrue(
                ScheduleReader.parse(document("\"slots\": []"), TODAY).slots().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "unknown top-level field | \"slots\": [], \"days\": [] | days: unknown field",
                "neither slots nor plans | \"horizonDays\": 3 | $: give slots, plans, or both",
                "plans without horizon | \"plans\": [PLAN] | horizonDays: required",
                "horizon too long | \"plans\": [PLAN], \"horizonDays\": 400 | horizonDays: must be 1-366, not 400",
                "bad from | \"plans\": [PLAN], \"horizonDays\": 3, \"from\": \"tomorrow\" | from: 'tomorrow' is not a date",
                "unknown office | \"slots\": [{\"id\": \"a\", \"office\": \"nowhere\", \"service\": \"aid\", \"start\": \"2026-12-01T09:00\", \"end\": \"2026-12-01T10:00\", \"seats\": 1}] | slots[0].office: no office with id 'nowhere' in offices",
                "unknown service | \"slots\": [{\"id\": \"a\", \"office\": \"chengguan\", \"service\": \"tax\", \"start\": \"2026-12-01T09:00\", \"end\": \"2026-12-01T10:00\", \"seats\": 1}] | slots[0].service: no service with id 'tax' in services",
                "unknown slot field | \"slots\": [{\"id\": \"a\", \"office\": \"chengguan\", \"service\": \"aid\", \"start\": \"2026-12-01T09:00\", \"end\": \"2026-12-01T10:00\", \"seats\": 1, \"room\": 3}] | slots[0].room: unknown field",
                "slot ends before start | \"slots\": [{\"id\": \"a\", \"office\": \"chengguan\", \"service\": \"aid\", \"start\": \"2026-12-01T09:00\", \"end\": \"2026-12-01T08:00\", \"seats\": 1}] | slots[0].end: must be after start",
                "negative seats | \"slots\": [{\"id\": \"a\", \"office\": \"chengguan\", \"service\": \"aid\", \"start\": \"2026-12-01T09:00\", \"end\": \"2026-12-01T10:00\", \"seats\": -1}] | slots[0].seats: must be 0-1000, not -1",
                "seats as text | \"slots\": [{\"id\": \"a\", \"office\": \"chengguan\", \"service\": \"aid\", \"start\": \"2026-12-01T09:00\", \"end\": \"2026-12-01T10:00\", \"seats\": \"2\"}] | slots[0].seats: must be a whole number",
                "bad slot time | \"slots\": [{\"id\": \"a\", \"office\": \"chengguan\", \"service\": \"aid\", \"start\": \"1 Dec 9am\", \"end\": \"2026-12-01T10:00\", \"seats\": 1}] | slots[0].start: '1 Dec 9am' is not a local time",
                "bad slot id | \"slots\": [{\"id\": \"a b\", \"office\": \"chengguan\", \"service\": \"aid\", \"start\": \"2026-12-01T09:00\", \"end\": \"2026-12-01T10:00\", \"seats\": 1}] | slots[0].id: 'a b' is not an id",
                "duplicate slot ids | \"slots\": [{\"id\": \"a\", \"office\": \"chengguan\", \"service\": \"aid\", \"start\": \"2026-12-01T09:00\", \"end\": \"2026-12-01T10:00\", \"seats\": 1}, {\"id\": \"a\", \"office\": \"chengguan\", \"service\": \"aid\", \"start\": \"2026-12-01T10:00\", \"end\": \"2026-12-01T11:00\", \"seats\": 1}] | slots[1]: slot id 'a' is already used by slots[0]",
                "overlapping slots | \"slots\": [{\"id\": \"a\", \"office\": \"chengguan\", \"service\": \"aid\", \"start\": \"2026-12-01T09:00\", \"end\": \"2026-12-01T10:00\", \"seats\": 1}, {\"id\": \"b\", \"office\": \"chengguan\", \"service\": \"aid\", \"start\": \"2026-12-01T09:30\", \"end\": \"2026-12-01T10:30\", \"seats\": 1}] | slots[1]: slot 'b' (2026-12-01T09:30-10:30) overlaps slot 'a' of slots[0]",
                "slot overlapping a plan | \"plans\": [PLAN], \"horizonDays\": 1, \"slots\": [{\"id\": \"x\", \"office\": \"chengguan\", \"service\": \"aid\", \"start\": \"2026-12-01T09:30\", \"end\": \"2026-12-01T10:30\", \"seats\": 1}] | overlaps slot 'x' of slots[0]",
                "break outside hours | \"plans\": [{\"office\": \"chengguan\", \"service\": \"aid\", \"slotMinutes\": 30, \"seats\": 1, \"weekly\": {\"monday\": {\"open\": \"09:00\", \"close\": \"12:00\", \"breaks\": [{\"start\": \"12:00\", \"end\": \"13:00\"}]}}}], \"horizonDays\": 7 | plans[0].weekly.monday: break 12:00-13:00 lies outside the hours 09:00-12:00",
                "zero slot length | \"plans\": [{\"office\": \"chengguan\", \"service\": \"aid\", \"slotMinutes\": 0, \"seats\": 1, \"weekly\": {\"monday\": {\"open\": \"09:00\", \"close\": \"12:00\"}}}], \"horizonDays\": 7 | plans[0].slotMinutes: must be 1-480, not 0",
                "unknown weekday | \"plans\": [{\"office\": \"chengguan\", \"service\": \"aid\", \"slotMinutes\": 30, \"seats\": 1, \"weekly\": {\"mon\": {\"open\": \"09:00\", \"close\": \"12:00\"}}}], \"horizonDays\": 7 | plans[0].weekly.mon: unknown field; weekdays are monday",
                "bad time | \"plans\": [{\"office\": \"chengguan\", \"service\": \"aid\", \"slotMinutes\": 30, \"seats\": 1, \"weekly\": {\"monday\": {\"open\": \"9\", \"close\": \"12:00\"}}}], \"horizonDays\": 7 | plans[0].weekly.monday.open: '9' is not a time like 09:30",
                "closed false | \"plans\": [{\"office\": \"chengguan\", \"service\": \"aid\", \"slotMinutes\": 30, \"seats\": 1, \"weekly\": {}, \"exceptions\": [{\"date\": \"2026-12-02\", \"closed\": false}]}], \"horizonDays\": 7 | plans[0].exceptions[0].closed: is true for a closed day",
                "plan for unknown office | \"plans\": [{\"office\": \"x\", \"service\": \"aid\", \"slotMinutes\": 30, \"seats\": 1, \"weekly\": {}}], \"horizonDays\": 7 | plans[0].office: no office with id 'x' in offices",
                "two plans for one service | \"plans\": [PLAN, PLAN], \"horizonDays\": 1 | plans[1]: slot id 'chengguan.aid.20261201.0900' is already used by plans[0]",
                "too many slots | \"plans\": [{\"office\": \"chengguan\", \"service\": \"aid\", \"slotMinutes\": 1, \"seats\": 1, \"weekly\": {\"monday\": {\"open\": \"00:00\", \"close\": \"23:59\"}, \"tuesday\": {\"open\": \"00:00\", \"close\": \"23:59\"}, \"wednesday\": {\"open\": \"00:00\", \"close\": \"23:59\"}, \"thursday\": {\"open\": \"00:00\", \"close\": \"23:59\"}}}], \"horizonDays\": 7 | plans[0]: the schedule would hold more than 5000 slots",
            })
    void aBadDocumentIsRefusedNamingThePathAtFault(String what, String rest, String expected) {
        InvalidScheduleException e = invalid(document(rest.replace("PLAN", PLAN)));
        assertTrue(e.getMessage().contains(expected), what + ": " + e.getMessage());
        assertTrue(
                e.problems().stream().anyMatch(p -> p.contains(expected)),
                e.problems().toString());
    }

    @Test
    void officesAndServicesAreCheckedToo() {
        InvalidScheduleException e = invalid("""
                {"offices": [{"id": "o1", "name": "甲", "address": "x"}, {"id": "o1", "name": "乙", "address": "y"},
                             {"id": "o.2", "name": "丙", "address": "z"}, {"id": "o3", "name": "", "address": "z", "fax": "1"}],
                 "services": [], "slots": []}""");
        assertEquals(
                List.of(
                        "offices[2].id: 'o.2' is not an id (1-40 of A-Z a-z 0-9 _ -, starting with a letter or digit)",
                        "offices[3].fax: unknown field",
                        "offices[3].name: must not be empty",
                        "services: needs at least one entry",
                        "offices[1].id: duplicate id 'o1'"),
                e.problems());
    }

    @Test
    void notAnObjectOrNotJsonIsRefused() {
        assertEquals(List.of("$: a schedule is a JSON object"), invalid("[]").problems());
        assertTrue(invalid("{\"offices\": ").getMessage().startsWith("$: not valid JSON"));
        assertTrue(invalid("{\"slots\": []} trailing").getMessage().startsWith("$: not valid JSON"));
    }

    @Test
    void moreThanTheSlotLimitOfExplicitSlotsIsRefusedWithoutReadingThemAll() {
        StringBuilder slots = new StringBuilder();
        for (int i = 0; i <= ScheduleReader.MAX_SLOTS; i++) {
            slots.append(i == 0 ? "" : ",").append("{}");
        }
        InvalidScheduleException e = invalid(document("\"slots\": [" + slots + "]"));
        assertEquals(List.of("slots: has 5001 entries, more than the limit of 5000"), e.problems());
    }

    @Test
    void manyProblemsAreCountedInTheMessage() {
        StringBuilder slots = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            slots.append(i == 0 ? "" : ",").append("{\"id\": \"s").append(i).append("\"}");
        }
        InvalidScheduleException e = invalid(document("\"slots\": [" + slots + "]"));
        assertEquals(ScheduleReader.MAX_PROBLEMS, e.problems().size());
        assertTrue(e.getMessage().endsWith("and 40 more"), e.getMessage());
    }
}

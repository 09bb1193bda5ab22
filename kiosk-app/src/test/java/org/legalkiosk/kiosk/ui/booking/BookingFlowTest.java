package org.legalkiosk.kiosk.ui.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legalkiosk.booking.domain.BookingState;
import org.legalkiosk.devices.idcard.SampleCards;
import org.legalkiosk.kiosk.service.ContentService;
import org.legalkiosk.kiosk.session.BookingStep;
import org.legalkiosk.kiosk.session.Route;
import org.legalkiosk.kiosk.testing.TestKiosk;
import org.legalkiosk.kiosk.ui.common.ScreenContext;
import org.legalkiosk.kiosk.ui.common.ScreenTasks;

/** The booking flow's decisions, step by step, without a screen: a real store, simulated devices. */
class BookingFlowTest {

    private static ContentService content;

    @TempDir
    Path dir;

    private BookingKit kit;
    private ScreenContext context;
    private BookingFlow flow;
    /** What the flow hands "to the screen's thread": run by the test when it is ready. */
    private final LinkedBlockingQueue<Runnable> screen = new LinkedBlockingQueue<>();

    @BeforeAll
    static void loadContent() {
        content = TestKiosk.contentWithoutStatutes();
    }

    @BeforeEach
    void setUp() {
        kit = new BookingKit(dir);
        context = kit.context(content);
        flow = new BookingFlow(context.withTasks(ScreenTasks.of(Runnable::run, screen::add)));
    }

    private Route route() {
        return context.navigator().current();
    }

    private static Route step(BookingStep step) {
        return new Route.Booking(step);
    }

    private void runScreenTasks() throws InterruptedException {
        Runnable task = screen.poll(30, TimeUnit.SECONDS);
        assertNotNull(task, "the flow handed nothing back to the screen");
        task.run();
        for (Runnable more = screen.poll(); more != null; more = screen.poll()) {
            more.run();
        }
    }

    private void start(String serviceId, String matterId) {
        Route.BookingStart start = new Route.BookingStart(serviceId, matterId);
        context.navigator().open(start);
        flow.startIfNew(start);
    }

    private static ChoiceStepModel.Choice choice(ChoiceStepModel model, String id) {
        return model.choices().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no choice " + id + " in " + model.choices()));
    }

    /** Service, office, day and time chosen; ends on the "who are you" step. */
    private void chooseUpToTime() {
        start(null, null);
        assertEquals(BookingStep.SERVICE, flow.firstStep());
        ServiceStepViewModel services = new ServiceStepViewModel(flow);
        assertEquals(
                List.of("legal-aid", "mediation"),
                services.choices().stream().map(ChoiceStepModel.Choice::id).toList());
        services.choose(choice(services, "legal-aid"));
        assertEquals(step(BookingStep.DAY), route(), "only one office offers legal aid: nothing to choose there");
        assertEquals("township", flow.draft().officeId());

        DayStepViewModel days = new DayStepViewModel(flow);
        assertEquals(
                List.of(DayStepViewModel.SOONEST, "2026-11-29", "2026-11-30"),
                days.choices().stream().map(ChoiceStepModel.Choice::id).toList(),
                "the soonest time first; today's past slot and days beyond two weeks are not offered");
        assertEquals("最早能约：明天 09:00", days.choices().get(0).title());
        assertEquals("11月29日 星期日。点这里就约这个时间", days.choices().get(0).hint());
        assertTrue(days.prompt().startsWith("城关镇司法所"), "the office is named: " + days.prompt());
        assertEquals("11月29日 星期日", days.choices().get(1).title());
        assertEquals("明天", days.choices().get(1).hint());
        days.choose(days.choices().get(1));

        TimeStepViewModel times = new TimeStepViewModel(flow);
        assertEquals(
                List.of("09:00–09:30", "09:30–10:00", "10:00–10:30"),
                times.choices().stream().map(ChoiceStepModel.Choice::title).toList());
        ChoiceStepModel.Choice full = times.choices().get(2);
        assertFalse(full.enabled(), "a full time is shown but cannot be chosen");
        times.choose(full);
        assertEquals(step(BookingStep.TIME), route(), "tapping a full time does nothing");
        times.choose(choice(times, "aid-29-0930"));
        assertEquals(step(BookingStep.WHO), route());
    }

    private static void typeName(NameStepViewModel name, String letters) {
        letters.chars().forEach(c -> name.type((char) c));
    }

    private void enterByHandPhoneAndMatter() {
        new WhoStepViewModel(flow).byHand();
        assertEquals(step(BookingStep.WHO_BY_HAND), route());
        NameStepViewModel name = new NameStepViewModel(flow);
        typeName(name, "wang xiaoming");
        name.next();
        assertEquals(step(BookingStep.WHO_ID_NUMBER), route());
        IdNumberStepViewModel id = new IdNumberStepViewModel(flow);
        BookingKit.ID_NUMBER.chars().forEach(c -> id.type((char) c));
        id.next();
        assertEquals(step(BookingStep.PHONE), route());
        PhoneStepViewModel phone = new PhoneStepViewModel(flow);
        BookingKit.PHONE.chars().forEach(c -> phone.type((char) c));
        phone.next();
        assertEquals(step(BookingStep.MATTER), route());
        MatterStepViewModel matter = new MatterStepViewModel(flow);
        matter.choose(choice(matter, "unpaid-wages"));
        assertEquals(step(BookingStep.NOTE), route());
        new NoteStepViewModel(flow).skip();
        assertEquals(step(BookingStep.REVIEW), route());
    }

    @Test
    void booksStepByStepShowsOnlyMaskedDataAndPrintsTheSlip() throws Exception {
        chooseUpToTime();
        enterByHandPhoneAndMatter();

        ReviewStepViewModel review = new ReviewStepViewModel(flow);
        String all = review.rows().toString();
        assertTrue(all.contains("620102********1234".substring(0, 6)), all);
        assertTrue(all.contains("138****5678"), all);
        assertTrue(all.contains("W************"), all);
        assertFalse(all.contains(BookingKit.ID_NUMBER), "the full ID number is never shown");
        assertFalse(all.contains(BookingKit.PHONE), "the full phone number is never shown");
        assertFalse(review.spokenText().contains(BookingKit.PHONE));

        review.confirm();
        assertTrue(review.busyProperty().get(), "a second tap cannot book twice");
        runScreenTasks();

        assertTrue(route() instanceof Route.BookingDone, "done screen: " + route());
        String code = ((Route.BookingDone) route()).code();
        var booking = kit.store.find(code).orElseThrow();
        assertEquals("aid-29-0930", booking.slotId());
        assertEquals(BookingKit.ID_NUMBER, booking.idNumber());
        assertEquals("unpaid-wages", booking.matter());
        assertEquals("WANG XIAOMING", booking.name(), "the name is kept as typed, in capitals");
        assertEquals("", booking.note(), "skipped: no note");
        assertEquals(BookingDraft.EMPTY, flow.draft(), "the draft is gone once the booking is stored");
        assertEquals(1, kit.receipt.printedDocuments().size());

        BookingDoneViewModel done = new BookingDoneViewModel(flow, code);
        assertTrue(done.printedProperty().get());
        assertEquals(code.substring(0, 3) + "-" + code.substring(3), done.formattedCode());
        assertTrue(done.when().contains("09:30"), done.when());
        assertTrue(
                done.spokenText().contains(String.join("，", code.split(""))),
                "the code is read one character at a time");
    }

    @Test
    void aTimeTakenByAnotherTerminalAtConfirmGoesBackToTheTimesKeepingEverythingElse() throws Exception {
        chooseUpToTime();
        enterByHandPhoneAndMatter();
        // Someone else takes the last seat of 09:30 while this visitor reads the review.
        kit.store.book("aid-29-0930", "李四", BookingKit.ID_NUMBER, "13900000000", "other", "");

        new ReviewStepViewModel(flow).confirm();
        runScreenTasks();

        assertEquals(step(BookingStep.TIME), route(), "back to the choice of time");
        assertNull(flow.draft().slotId());
        assertEquals("WANG XIAOMING", flow.draft().name());
        assertEquals(BookingKit.PHONE, flow.draft().phone());
        assertEquals("unpaid-wages", flow.draft().matterId());
        TimeStepViewModel times = new TimeStepViewModel(flow);
        assertFalse(times.notice().isEmpty(), "the time screen says what happened");
        assertFalse(choice(times, "aid-29-0930").enabled());
        assertTrue(new TimeStepViewModel(flow).notice().isEmpty(), "said once");

        times.choose(choice(times, "aid-29-0900"));
        // Back through the steps already answered: all still filled in.
        assertEquals(BookingKit.ID_NUMBER, flow.draft().idNumber());
    }

    /** Decision 0061: now is 16:00; a slot the office closed at 15:00 (18 hours' notice) is not offered. */
    @Test
    void aTimeWithinTheOfficesMinimumNoticeIsNotOfferedEvenWithSeatsFree() {
        var nine = BookingKit.TOMORROW_NINE;
        var two = nine.plusHours(5);
        kit.store.putSchedule(
                List.of(BookingKit.TOWNSHIP),
                List.of(BookingKit.LEGAL_AID),
                List.of(
                        new org.legalkiosk.booking.domain.Slot(
                                "aid-29-0900",
                                "township",
                                "legal-aid",
                                nine,
                                nine.plusMinutes(30),
                                2,
                                nine.minusHours(18)),
                        new org.legalkiosk.booking.domain.Slot(
                                "aid-29-1400",
                                "township",
                                "legal-aid",
                                two,
                                two.plusMinutes(30),
                                2,
                                two.minusHours(18))));
        start(null, null);
        ServiceStepViewModel services = new ServiceStepViewModel(flow);
        services.choose(choice(services, "legal-aid"));
        DayStepViewModel days = new DayStepViewModel(flow);
        assertEquals("最早能约：明天 14:00", days.choices().get(0).title(), "09:00 closed at 15:00 today");
        days.choose(days.choices().get(1));
        TimeStepViewModel times = new TimeStepViewModel(flow);
        assertEquals(
                List.of("14:00–14:30"),
                times.choices().stream().map(ChoiceStepModel.Choice::title).toList());
    }

    @Test
    void aSelfCheckBookingSkipsTheServiceAndMatterItAnswered() {
        start("legal-aid", "unpaid-wages");
        assertEquals(BookingStep.DAY, flow.firstStep(), "the only office offering legal aid is taken");
        assertEquals("legal-aid", flow.draft().serviceId());
        assertEquals(
                BookingStep.NOTE,
                flow.stepAfter(BookingStep.PHONE),
                "the matter is not asked again; the optional note is still offered");
    }

    @Test
    void anUnknownServiceOrMatterIsAskedForAsUsual() {
        start("no-such-service", "no-such-matter");
        assertEquals(BookingStep.SERVICE, flow.firstStep());
        assertEquals(BookingStep.MATTER, flow.stepAfter(BookingStep.PHONE));
    }

    @Test
    void idleTimeoutAndLeavingForgetThePersonalData() {
        chooseUpToTime();
        enterByHandPhoneAndMatter();
        context.session().reset();
        assertEquals(BookingDraft.EMPTY, flow.draft());
        assertEquals(Route.HOME, route());

        chooseUpToTime();
        enterByHandPhoneAndMatter();
        context.navigator().home();
        assertEquals(BookingDraft.EMPTY, flow.draft(), "Home drops the draft too");
    }

    @Test
    void backAndLanguageSwitchKeepTheDraft() {
        chooseUpToTime();
        context.navigator().back();
        context.session().toggleLanguage();
        assertEquals("aid-29-0930", flow.draft().slotId());
        flow.startIfNew(new Route.BookingStart(null, null));
        assertEquals("legal-aid", flow.draft().serviceId(), "the start screen rebuilt does not start over");
    }

    @Test
    void choosingAnotherDayClearsTheTimeChosenBefore() {
        chooseUpToTime();
        context.navigator().back();
        context.navigator().back();
        new DayStepViewModel(flow).choose(new ChoiceStepModel.Choice("2026-11-30", "", null, true));
        assertNull(flow.draft().slotId());
        assertEquals(
                List.of("aid-30-1000"),
                new TimeStepViewModel(flow)
                        .choices().stream().map(ChoiceStepModel.Choice::id).toList());
    }

    @Test
    void theNameIsTypedInPinyinCapitalsWithSingleSpaces() {
        chooseUpToTime();
        new WhoStepViewModel(flow).byHand();
        NameStepViewModel name = new NameStepViewModel(flow);
        name.next();
        assertEquals(
                context.messages().get("booking.hand.noName"),
                name.problemProperty().get());
        typeName(name, " z");
        name.next();
        assertEquals("Z", name.nameProperty().get(), "a space first is ignored; letters show in capitals");
        assertEquals(
                context.messages().get("booking.hand.shortName"),
                name.problemProperty().get(),
                "one letter is not a name");
        assertEquals(step(BookingStep.WHO_BY_HAND), route());

        typeName(name, "hang  san王1-");
        assertEquals("ZHANG SAN", name.nameProperty().get(), "no double space, no hanzi, digits or signs");
        assertEquals("", name.problemProperty().get(), "typing clears the problem");
        name.type(' ');
        name.next();
        assertEquals(step(BookingStep.WHO_ID_NUMBER), route(), "a trailing space is dropped, not refused");
        assertEquals("ZHANG SAN", flow.draft().name());
        assertNull(flow.draft().idNumber());

        context.navigator().back();
        NameStepViewModel again = new NameStepViewModel(flow);
        assertEquals("ZHANG SAN", again.nameProperty().get(), "Back shows what was typed");
        again.backspace();
        assertEquals("ZHANG SA", again.nameProperty().get());
        again.clear();
        assertEquals("", again.nameProperty().get());
    }

    @Test
    void aNameStopsAtFortyCharacters() {
        chooseUpToTime();
        NameStepViewModel name = new NameStepViewModel(flow);
        typeName(name, "abcdefghij".repeat(5));
        assertEquals(NameStepViewModel.MAX_LENGTH, name.nameProperty().get().length());
        assertTrue(NameStepViewModel.isValid("AB"));
        assertTrue(NameStepViewModel.isValid("A".repeat(40)));
        assertFalse(NameStepViewModel.isValid("A".repeat(41)));
        assertFalse(NameStepViewModel.isValid("A"));
        assertFalse(NameStepViewModel.isValid("ZHANG  SAN"));
        assertFalse(NameStepViewModel.isValid("zhang san"));
        assertTrue(NameStepViewModel.isValid("张三"));
        assertTrue(NameStepViewModel.isValid("阿依古丽·买买提"));
        assertFalse(NameStepViewModel.isValid("张"));
        assertFalse(NameStepViewModel.isValid("张 三"));
        assertFalse(NameStepViewModel.isValid("张SAN"));
        assertFalse(NameStepViewModel.isValid(null));
    }

    @Test
    void aNameFromTheCardIsNotShownForTypingAndItsNumberIsDropped() throws Exception {
        chooseUpToTime();
        new WhoStepViewModel(flow);
        kit.reader.insert(SampleCards.resident());
        runScreenTasks();
        assertTrue(flow.draft().fromCard());
        context.navigator().back();
        NameStepViewModel name = new NameStepViewModel(flow);
        assertEquals("", name.nameProperty().get());
        typeName(name, "li si");
        name.next();
        assertEquals("LI SI", flow.draft().name());
        assertNull(flow.draft().idNumber(), "the card's number goes with the card's name");
        assertFalse(flow.draft().fromCard());
        assertEquals("", new IdNumberStepViewModel(flow).digitsProperty().get());
    }

    @Test
    void byHandChecksTheIdNumbersLengthAndCheckCharacter() {
        chooseUpToTime();
        new WhoStepViewModel(flow).byHand();
        NameStepViewModel name = new NameStepViewModel(flow);
        typeName(name, "wang");
        name.next();
        IdNumberStepViewModel hand = new IdNumberStepViewModel(flow);
        "62010219900101123".chars().forEach(c -> hand.type((char) c));
        hand.next();
        assertTrue(
                hand.problemProperty().get().contains("17"),
                hand.problemProperty().get());

        char right = BookingKit.ID_NUMBER.charAt(17);
        char wrong = right == '5' ? '6' : '5';
        hand.type(wrong);
        hand.next();
        assertEquals(
                flow.context().messages().get("booking.hand.badId"),
                hand.problemProperty().get());
        assertEquals(step(BookingStep.WHO_ID_NUMBER), route());

        hand.backspace();
        hand.type('X');
        hand.type(right);
        assertEquals(18, hand.digitsProperty().get().length(), "no more than 18 characters");
    }

    @Test
    void theIdNumberWithoutANameSendsBackToTheName() {
        chooseUpToTime();
        IdNumberStepViewModel hand = new IdNumberStepViewModel(flow);
        BookingKit.ID_NUMBER.chars().forEach(c -> hand.type((char) c));
        hand.next();
        assertEquals(step(BookingStep.WHO_BY_HAND), route());
        assertNull(flow.draft().idNumber());
    }

    @Test
    void anXIsOnlyTakenAsTheLastCharacter() {
        chooseUpToTime();
        IdNumberStepViewModel hand = new IdNumberStepViewModel(flow);
        hand.type('X');
        hand.type('1');
        assertEquals("1", hand.digitsProperty().get());
        hand.clear();
        assertEquals("", hand.digitsProperty().get());
    }

    @Test
    void theChosenNotePhrasesGoIntoTheBookingInChineseForTheOffice() throws Exception {
        chooseUpToTime();
        enterByHandPhoneAndMatter();
        context.navigator().back();
        assertEquals(step(BookingStep.NOTE), route());
        context.session().toggleLanguage();
        NoteStepViewModel note = new NoteStepViewModel(flow);
        assertEquals(
                List.of("urgent", "evidence", "employer", "many-people", "interpreter", "home-visit"),
                note.phrases().stream().map(NoteStepViewModel.Phrase::id).toList(),
                "wages: who owes them matters");
        assertEquals("It is urgent", note.phrases().get(0).text(), "shown in the visitor's language");
        note.toggle("home-visit");
        note.toggle("urgent");
        note.toggle("evidence");
        note.toggle("evidence");
        note.toggle("not-offered");
        assertTrue(note.chosenProperty("urgent").get());
        assertFalse(note.chosenProperty("evidence").get(), "a second tap takes it back");
        assertFalse(note.chosenProperty("not-offered").get());
        assertTrue(note.spokenText().contains(context.messages().get("booking.note.chosen")));
        note.next();
        assertEquals(step(BookingStep.REVIEW), route());
        assertEquals(List.of("urgent", "home-visit"), flow.draft().notes(), "in the order shown");

        context.navigator().back();
        assertTrue(new NoteStepViewModel(flow).chosenProperty("home-visit").get(), "Back shows what was chosen");
        new NoteStepViewModel(flow).next();
        ReviewStepViewModel review = new ReviewStepViewModel(flow);
        assertTrue(
                review.rows()
                        .contains(new ReviewStepViewModel.Row(
                                "Note", "It is urgent\nI cannot get about easily; please visit me at home")),
                review.rows().toString());
        review.confirm();
        runScreenTasks();
        String code = ((Route.BookingDone) route()).code();
        assertEquals("急需处理；行动不便需要上门", kit.store.find(code).orElseThrow().note());
    }

    @Test
    void skippingTheNoteDropsWhatWasTappedAndAnotherMatterStartsAfresh() {
        chooseUpToTime();
        enterByHandPhoneAndMatter();
        context.navigator().back();
        NoteStepViewModel note = new NoteStepViewModel(flow);
        note.toggle("urgent");
        note.skip();
        assertEquals(List.of(), flow.draft().notes());
        assertEquals(step(BookingStep.REVIEW), route());

        flow.update(flow.draft().withNotes(List.of("employer")));
        flow.update(flow.draft().withMatter("unpaid-wages"));
        assertEquals(List.of("employer"), flow.draft().notes(), "the same matter keeps its phrases");
        flow.update(flow.draft().withMatter("land"));
        assertEquals(List.of(), flow.draft().notes(), "phrases about wages do not carry over to land");
        assertTrue(new NoteStepViewModel(flow).phrases().stream().anyMatch(p -> p.id().equals("village")));
        assertFalse(new NoteStepViewModel(flow).phrases().stream().anyMatch(p -> p.id().equals("employer")));
        assertEquals(List.of("urgent", "evidence", "interpreter", "home-visit"), NoteStepViewModel.phraseIds(null));
    }

    @Test
    void everyMattersPhrasesHaveWordsInBothLanguages() {
        for (String matter : BookingFlow.MATTERS) {
            for (String id : NoteStepViewModel.phraseIds(matter)) {
                for (var language : org.legalkiosk.content.model.Language.values()) {
                    assertFalse(org.legalkiosk.kiosk.ui.common.Messages.of(language)
                            .get("booking.note." + id)
                            .isBlank());
                }
            }
        }
    }

    @Test
    void aTerminalWithoutAScheduleSaysBookingIsNotAvailableAndOffersTheHotlineAndHome() {
        ScreenContext none = TestKiosk.context(content);
        BookingFlow noBookings = new BookingFlow(none.withTasks(ScreenTasks.of(Runnable::run, Runnable::run)));
        Route.BookingStart start = new Route.BookingStart(null, null);
        none.navigator().open(start);
        noBookings.startIfNew(start);
        ServiceStepViewModel services = new ServiceStepViewModel(noBookings);
        assertFalse(services.available());
        assertFalse(services.offersMyBooking(), "nothing was ever booked here to look up");
        assertTrue(services.meanwhile().contains("12348"), services.meanwhile());
        assertTrue(services.spokenText().contains(services.unavailableHeading()));
        assertTrue(services.spokenText().contains("12348"));
        services.goHome();
        assertEquals(Route.HOME, none.navigator().current());

        kit.store.putSchedule(List.of(), List.of(), List.of());
        ServiceStepViewModel emptied = new ServiceStepViewModel(flow);
        assertFalse(emptied.available(), "a schedule with no services offers nothing");
        assertTrue(emptied.offersMyBooking(), "bookings made before can still be looked up");
    }

    @Test
    void aPhoneNumberMustBeAMainlandMobile() {
        chooseUpToTime();
        PhoneStepViewModel phone = new PhoneStepViewModel(flow);
        "12345678901".chars().forEach(c -> phone.type((char) c));
        phone.next();
        assertFalse(phone.problemProperty().get().isEmpty());
        phone.type('9');
        assertEquals("12345678901", phone.digitsProperty().get(), "an 12th digit is refused");
        assertEquals(
                "123 4567 8901",
                PhoneStepViewModel.grouped(phone.digitsProperty().get()));
        assertEquals(step(BookingStep.WHO), route());
    }

    @Test
    void theCardOnTheReaderFillsNameAndNumberAndMovesOn() throws Exception {
        chooseUpToTime();
        new WhoStepViewModel(flow);
        kit.reader.insert(SampleCards.resident());
        runScreenTasks();
        assertEquals(step(BookingStep.PHONE), route());
        assertEquals("测试甲", flow.draft().name());
        assertEquals("11010519491231002X", flow.draft().idNumber());
        assertTrue(flow.draft().fromCard());
        assertFalse(flow.draft().toString().contains("11010519491231002X"), "the draft masks itself in logs");
    }

    @Test
    void anUnpluggedReaderSaysSoInPlainWords() throws Exception {
        kit.reader.unplug();
        chooseUpToTime();
        WhoStepViewModel who = new WhoStepViewModel(flow);
        runScreenTasks();
        assertEquals(
                context.messages().get("booking.who.noReader"),
                who.problemProperty().get());
        assertEquals(step(BookingStep.WHO), route());
    }

    @Test
    void aCardThatCannotBeUsedAsksForTypingAndKeepsWaiting() throws Exception {
        chooseUpToTime();
        WhoStepViewModel who = new WhoStepViewModel(flow);
        kit.reader.insert(SampleCards.foreigner());
        runScreenTasks();
        assertEquals(
                context.messages().get("booking.who.badCard"),
                who.problemProperty().get());
        kit.reader.remove();
        kit.reader.insert(SampleCards.openEnded());
        runScreenTasks();
        assertEquals(step(BookingStep.PHONE), route());
    }

    @Test
    void myBookingFindsByTypedCodeAndCancelsAfterConfirming() throws Exception {
        var made = kit.store.book("aid-29-0900", "王小明", BookingKit.ID_NUMBER, BookingKit.PHONE, "land", "");
        context.navigator().open(new Route.MyBooking());
        MyBookingViewModel my = new MyBookingViewModel(flow);
        my.type('0');
        my.type('O');
        assertEquals("", my.typedProperty().get(), "characters a code never has cannot be typed");
        made.code().chars().forEach(c -> my.type((char) c));
        my.find();
        assertEquals(new Route.MyBookingDetails(made.code()), route());

        MyBookingDetailsViewModel details = new MyBookingDetailsViewModel(flow, made.code());
        assertTrue(details.confirmed());
        assertEquals("已预约", details.status());
        assertFalse(details.rows().toString().contains(BookingKit.PHONE));
        details.cancel();
        assertEquals(new Route.MyBookingCancel(made.code()), route());
        new CancelBookingViewModel(flow, made.code()).no();
        assertEquals(
                BookingState.CONFIRMED,
                kit.store.find(made.code()).orElseThrow().state());

        new MyBookingDetailsViewModel(flow, made.code()).cancel();
        new CancelBookingViewModel(flow, made.code()).yes();
        runScreenTasks();
        assertEquals(
                BookingState.CANCELLED,
                kit.store.find(made.code()).orElseThrow().state());
        assertEquals(new Route.MyBookingDetails(made.code()), route(), "back to the booking, now cancelled");
        assertFalse(new MyBookingDetailsViewModel(flow, made.code()).confirmed());
    }

    @Test
    void myBookingExplainsAWrongOrUnknownCode() {
        MyBookingViewModel my = new MyBookingViewModel(flow);
        "2345".chars().forEach(c -> my.type((char) c));
        my.find();
        assertEquals(
                context.messages().get("mybooking.invalid"),
                my.problemProperty().get());
        my.clear();
        String unknown = "23456" + org.legalkiosk.booking.domain.BookingCode.checkCharacter("23456");
        unknown.chars().forEach(c -> my.type((char) c));
        my.find();
        assertEquals(
                context.messages().get("mybooking.notFound"),
                my.problemProperty().get());
    }

    @Test
    void myBookingReadsTheQrCodeOnTheSlip() throws Exception {
        var made = kit.store.book("aid-29-0900", "王小明", BookingKit.ID_NUMBER, BookingKit.PHONE, "land", "");
        kit.camera.show(QrPictures.of(made.code()));
        MyBookingViewModel my = new MyBookingViewModel(flow);
        my.scan();
        runScreenTasks();
        assertEquals(new Route.MyBookingDetails(made.code()), route());
    }

    @Test
    void myBookingSaysSoWhenTheCameraSeesNoCode() throws Exception {
        MyBookingViewModel my = new MyBookingViewModel(flow);
        my.scan();
        runScreenTasks();
        assertEquals(
                context.messages().get("mybooking.noScan"), my.problemProperty().get());
        assertFalse(my.scanningProperty().get());
    }
}

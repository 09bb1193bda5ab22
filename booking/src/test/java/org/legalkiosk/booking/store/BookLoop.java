package org.legalkiosk.booking.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.legalkiosk.booking.domain.Booking;

/**
 * The victim of {@link BookingCrashTest}, run in its own JVM: books random slots and now and then cancels one of its
 * bookings, until it is killed. It reports each step on standard output, the only channel the parent has into it:
 * {@code BOOKING}/{@code CANCELLING} before a change, {@code BOOKED code}/{@code CANCELLED code}/{@code FULL} after.
 */
public final class BookLoop {

    static final int SLOTS = 40;

    private BookLoop() {}

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        List<String> mine = new ArrayList<>();
        try (BookingStore store = BookingStore.open(dataDir)) {
            System.out.println("READY");
            while (true) {
                if (!mine.isEmpty() && random.nextInt(4) == 0) {
                    String code = mine.remove(random.nextInt(mine.size()));
                    System.out.println("CANCELLING " + code);
                    store.cancel(code);
                    System.out.println("CANCELLED " + code);
                } else {
                    System.out.println("BOOKING");
                    try {
                        Booking booking = store.book(
                                "s" + random.nextInt(SLOTS), "村民", Schedules.ID_NUMBER, Schedules.PHONE, "欠薪", "");
                        mine.add(booking.code());
                        System.out.println("BOOKED " + booking.code());
                    } catch (SlotFullException e) {
                        System.out.println("FULL");
                    }
                }
            }
        }
    }
}

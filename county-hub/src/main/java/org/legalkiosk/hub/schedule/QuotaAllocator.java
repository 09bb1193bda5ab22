package org.legalkiosk.hub.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decides one terminal's quota of one slot when that terminal reports in (docs/decisions/0060). The rule that makes
 * offline booking safe: per slot, the seats the terminals may be able to sell ({@code held}) never add up to more
 * than the capacity, and the hub never takes seats from a terminal it cannot hear from; it only takes them from the
 * terminal now reporting, and counts them free once that terminal has acknowledged the smaller quota.
 * <p>
 * Before the slot's release time each terminal's target is its weighted share of the capacity. From the release
 * time ({@code release_hours} before the start) the seats nobody booked are pooled: a terminal that is online gets
 * its bookings plus a weighted share of the pool, where the pool is the capacity less what offline terminals hold and
 * less what online terminals have booked. Offline terminals keep what they hold: they may have sold it.
 */
public final class QuotaAllocator {

    /**
     * A terminal serving the slot's office.
     *
     * @param held   the most seats it may be able to sell now (see the class comment)
     * @param booked the confirmed bookings of this slot the hub has heard of from it
     */
    public record Holder(String terminalId, int weight, boolean online, int held, int booked) {

        public Holder {
            Objects.requireNonNull(terminalId, "terminalId");
            if (weight < 1 || held < 0 || booked < 0) {
                throw new IllegalArgumentException("weight is positive, held and booked not negative");
            }
        }
    }

    private QuotaAllocator() {}

    /**
     * The quota for {@code reporting}, one of {@code holders} (which lists every terminal serving the office, in a
     * fixed order so remainders always fall the same way).
     *
     * @param pooled whether the slot's release time has passed
     */
    public static int quota(int capacity, boolean pooled, List<Holder> holders, String reporting) {
        int index = indexOf(holders, reporting);
        Holder me = holders.get(index);
        int target = pooled ? pooledTarget(capacity, holders, index) : baseTarget(capacity, holders, index);
        int othersHeld = 0;
        for (Holder h : holders) {
            if (h != me) {
                othersHeld += h.held();
            }
        }
        int room = Math.max(0, capacity - othersHeld);
        // Never below what it has booked: the terminal keeps those seats whatever it is sent.
        return Math.max(me.booked(), Math.min(target, room));
    }

    private static int baseTarget(int capacity, List<Holder> holders, int index) {
        List<Integer> weights = new ArrayList<>();
        for (Holder h : holders) {
            weights.add(h.weight());
        }
        return QuotaSplit.split(capacity, weights)[index];
    }

    private static int pooledTarget(int capacity, List<Holder> holders, int index) {
        int pool = capacity;
        List<Integer> weights = new ArrayList<>();
        int myPosition = -1;
        for (int i = 0; i < holders.size(); i++) {
            Holder h = holders.get(i);
            if (h.online() || i == index) {
                pool -= h.booked();
                if (i == index) {
                    myPosition = weights.size();
                }
                weights.add(h.weight());
            } else {
                pool -= Math.max(h.held(), h.booked());
            }
        }
        int share = QuotaSplit.split(Math.max(0, pool), weights)[myPosition];
        return holders.get(index).booked() + share;
    }

    private static int indexOf(List<Holder> holders, String terminalId) {
        for (int i = 0; i < holders.size(); i++) {
            if (holders.get(i).terminalId().equals(terminalId)) {
                return i;
            }
        }
        throw new IllegalArgumentException(terminalId + " does not serve this office");
    }
}

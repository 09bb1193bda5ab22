package org.legalkiosk.hub.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits a number of seats by weights with the largest-remainder method: every share is the floor of its exact
 * share, and the seats left over go one each to the largest remainders (ties to the earlier entry). The shares
 * always add up to the seats, and no share ever differs from its exact value by a whole seat or more.
 */
public final class QuotaSplit {

    private QuotaSplit() {}

    public static int[] split(int seats, List<Integer> weights) {
        if (seats < 0) {
            throw new IllegalArgumentException("seats must not be negative, not " + seats);
        }
        int[] shares = new int[weights.size()];
        long total = 0;
        for (int weight : weights) {
            if (weight < 1) {
                throw new IllegalArgumentException("weights are positive, not " + weight);
            }
            total += weight;
        }
        if (total == 0 || seats == 0) {
            return shares;
        }
        long given = 0;
        List<long[]> remainders = new ArrayList<>();
        for (int i = 0; i < shares.length; i++) {
            long exact = (long) seats * weights.get(i);
            shares[i] = (int) (exact / total);
            given += shares[i];
            remainders.add(new long[] {exact % total, i});
        }
        remainders.sort(Comparator.<long[]>comparingLong(r -> -r[0]).thenComparingLong(r -> r[1]));
        for (int k = 0; given < seats; k++, given++) {
            shares[(int) remainders.get(k)[1]]++;
        }
        return shares;
    }
}

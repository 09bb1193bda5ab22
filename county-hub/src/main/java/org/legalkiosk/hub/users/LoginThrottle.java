package org.legalkiosk.hub.users;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Limits guessing: after {@code maxPerName} failures for one user name, or {@code maxPerAddress} from one address,
 * within {@link #WINDOW}, further attempts are refused until the oldest failure leaves the window. Both keys count,
 * so one address cannot try many names and many addresses cannot try one name quickly. The address limit is higher:
 * a county office, or a carrier's NAT in front of many village routers, puts many honest people behind one address. In memory: a restart forgets,
 * which costs an attacker a restart they cannot cause. At most 10,000 keys are tracked (oldest dropped).
 */
public final class LoginThrottle {

    /** For console logins: 5 wrong passwords per name, 50 per address. */
    public static final int MAX_PER_NAME = 5;

    public static final int MAX_PER_ADDRESS = 50;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_KEYS = 10_000;

    private final Clock clock;
    private final int maxPerName;
    private final int maxPerAddress;
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > MAX_KEYS;
        }
    };

    public LoginThrottle(Clock clock) {
        this(clock, MAX_PER_NAME, MAX_PER_ADDRESS);
    }

    public LoginThrottle(Clock clock, int maxPerName, int maxPerAddress) {
        this.clock = clock;
        this.maxPerName = maxPerName;
        this.maxPerAddress = maxPerAddress;
    }

    /** Whether an attempt for this name from this address may be checked now. */
    public synchronized boolean allowed(String username, String address) {
        return recent("u:" + username) < maxPerName && recent("a:" + address) < maxPerAddress;
    }

    public synchronized void failed(String username, String address) {
        Instant now = clock.instant();
        failures.computeIfAbsent("u:" + username, k -> new ArrayDeque<>()).addLast(now);
        failures.computeIfAbsent("a:" + address, k -> new ArrayDeque<>()).addLast(now);
    }

    /** A good password clears the name's count (not the address's: a guesser who also knows one password stays slow). */
    public synchronized void succeeded(String username) {
        failures.remove("u:" + username);
    }

    private int recent(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        Instant cutoff = clock.instant().minus(WINDOW);
        while (!times.isEmpty() && times.peekFirst().isBefore(cutoff)) {
            times.removeFirst();
        }
        return times.size();
    }
}

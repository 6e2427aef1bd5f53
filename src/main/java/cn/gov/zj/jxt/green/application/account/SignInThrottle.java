package cn.gov.zj.jxt.green.application.account;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Slows password guessing without letting anyone lock someone else out. Failures are counted per user name
 * and client address, and per client address alone; an account is never locked as such, so its owner signs in
 * from their own address whatever an outsider tries from another.
 * <ul>
 * <li>The first {@value #FREE_PER_NAME} failures for one name from one address, and the first
 * {@value #FREE_PER_ADDRESS} from one address for any names, cost nothing.</li>
 * <li>Each failure after that shuts the pair (or the address) for a period that doubles each time: 30 s,
 * 1 min, 2 min, … up to {@link #MAX_DELAY}. While shut, even the right password is refused, with the same
 * answer as a wrong one; attempts while shut are not counted.</li>
 * <li>A right password clears its pair (not the address); a pair or address quiet for {@link #FORGET_AFTER}
 * after its last shut period is forgotten.</li>
 * </ul>
 * In memory, per node, and emptied by a restart: a brake, not a record (the audit log is the record). Unlike the
 * public forms' limiter, whose buckets are shared rows, each node of a cluster counts apart (docs/operations.md,
 * "Rate limits of the public forms"). The address is the one the authentication mechanism takes from the connection, never from
 * a header that a client can write. Real time, not the portal's movable clock.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int FREE_PER_NAME = 5;
    static final int FREE_PER_ADDRESS = 30;
    static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    static final Duration MAX_DELAY = Duration.ofHours(1);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    private static final int MAX_TRACKED = 100_000;

    private final ConcurrentMap<String, Counter> counters = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    public SignInThrottle() {
        this(System::nanoTime);
    }

    SignInThrottle(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Whether a sign-in for {@code name} from {@code address} is refused now, whatever its password. */
    public boolean shut(String name, String address) {
        long now = nanoTime.getAsLong();
        return shut(pairKey(name, address), now) || shut(addressKey(address), now);
    }

    /** Counts a failed check of a password (not one refused while shut). */
    public void failed(String name, String address) {
        long now = nanoTime.getAsLong();
        if (counters.size() > MAX_TRACKED) {
            counters.values().removeIf(c -> c.forgettable(now));
        }
        counters.computeIfAbsent(pairKey(name, address), k -> new Counter(FREE_PER_NAME, now)).fail(now);
        counters.computeIfAbsent(addressKey(address), k -> new Counter(FREE_PER_ADDRESS, now)).fail(now);
    }

    /** The right password, not shut: the pair starts afresh. */
    public void succeeded(String name, String address) {
        counters.remove(pairKey(name, address));
    }

    /** How long the pair or the address stays shut from now; zero when open. */
    Duration remaining(String name, String address) {
        long now = nanoTime.getAsLong();
        return Duration.ofNanos(Math.max(remaining(pairKey(name, address), now), remaining(addressKey(address), now)));
    }

    private boolean shut(String key, long now) {
        return remaining(key, now) > 0;
    }

    private long remaining(String key, long now) {
        Counter counter = counters.get(key);
        if (counter == null) {
            return 0;
        }
        if (counter.forgettable(now)) {
            counters.remove(key, counter);
            return 0;
        }
        return counter.remaining(now);
    }

    private static String pairKey(String name, String address) {
        return "name|" + (name == null ? "" : name.strip().toLowerCase(Locale.ROOT)) + "|" + addressOf(address);
    }

    private static String addressKey(String address) {
        return "address|" + addressOf(address);
    }

    private static String addressOf(String address) {
        return address == null ? "" : address;
    }

    /** Failures of one pair or address, and until when it is shut. */
    private static final class Counter {
        private final int free;
        private int failures;
        private long shutUntil;
        private long quietFrom;

        Counter(int free, long now) {
            this.free = free;
            this.quietFrom = now;
        }

        synchronized void fail(long now) {
            failures++;
            if (failures >= free) {
                int doublings = Math.min(failures - free, 16);
                long delay = Math.min(FIRST_DELAY.toNanos() << doublings, MAX_DELAY.toNanos());
                shutUntil = now + delay;
            }
            quietFrom = failures >= free ? shutUntil : now;
        }

        synchronized long remaining(long now) {
            return failures >= free ? Math.max(0, shutUntil - now) : 0;
        }

        synchronized boolean forgettable(long now) {
            return now - quietFrom > FORGET_AFTER.toNanos();
        }
    }
}

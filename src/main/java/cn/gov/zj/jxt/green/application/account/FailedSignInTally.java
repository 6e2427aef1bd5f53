package cn.gov.zj.jxt.green.application.account;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Counts, per client address, the failed sign-ins that get no audit entry of their own: names that are no
 * enabled account, and attempts refused while the throttle holds the name or the address shut. Without it,
 * anyone could grow the audit log by one entry per request. The first such failure of an address opens a
 * window of {@link #WINDOW} and is audited at once; when the window has passed, one more entry gives the
 * window's counts (none when the first was the only one). An account's own failures (an existing name, a
 * wrong password, not shut) are each audited as before: the throttle keeps those few.
 *
 * <p>In memory, per node: a restart loses the counts of the windows then open, never their first entries.
 */
@ApplicationScoped
public class FailedSignInTally {

    static final Duration WINDOW = Duration.ofMinutes(10);
    /** Beyond this many addresses, further ones share one window, so memory stays bounded. */
    static final int MAX_TRACKED = 100_000;
    static final String OVERFLOW = "*";

    /** A closed window: how many failures of each kind one address had in it. */
    public record Window(String address, long unknownNames, long refusedWhileShut) {

        public long total() {
            return unknownNames + refusedWhileShut;
        }

        /** The audit entry's detail. */
        public String detail() {
            return "unknownNames=" + unknownNames + ", refusedWhileShut=" + refusedWhileShut + ", windowMinutes="
                    + WINDOW.toMinutes();
        }
    }

    private final ConcurrentMap<String, Counts> open = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    public FailedSignInTally() {
        this(System::nanoTime);
    }

    FailedSignInTally(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /**
     * Counts one failure from {@code address}: an unknown name, or else a refusal while shut. Returns
     * {@code true} when it opens the address's window, so the caller audits this one at once.
     */
    public boolean count(String address, boolean unknownName) {
        long now = nanoTime.getAsLong();
        String key = address == null ? "" : address;
        if (!open.containsKey(key) && open.size() >= MAX_TRACKED) {
            key = OVERFLOW;
        }
        boolean[] opened = {false};
        open.compute(key, (k, counts) -> {
            if (counts == null) {
                opened[0] = true;
                counts = new Counts(now);
            }
            counts.add(unknownName);
            return counts;
        });
        return opened[0];
    }

    /** Removes the windows open for {@link #WINDOW} or longer; those with more than their first failure. */
    public List<Window> closeDue() {
        long now = nanoTime.getAsLong();
        return close(counts -> now - counts.opened >= WINDOW.toNanos());
    }

    private List<Window> close(java.util.function.Predicate<Counts> due) {
        List<Window> closed = new ArrayList<>();
        for (String address : List.copyOf(open.keySet())) {
            open.computeIfPresent(address, (k, counts) -> {
                if (!due.test(counts)) {
                    return counts;
                }
                if (counts.unknownNames + counts.refused > 1) {
                    closed.add(new Window(k, counts.unknownNames, counts.refused));
                }
                return null;
            });
        }
        return closed;
    }

    /** Guarded by the map's per-key locking (compute). */
    private static final class Counts {
        private final long opened;
        private long unknownNames;
        private long refused;

        Counts(long opened) {
            this.opened = opened;
        }

        void add(boolean unknownName) {
            if (unknownName) {
                unknownNames++;
            } else {
                refused++;
            }
        }
    }
}

package cn.gov.zj.jxt.green.infrastructure.security;

import cn.gov.zj.jxt.green.application.shared.RateLimit;
import cn.gov.zj.jxt.green.application.shared.TooManyRequestsException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The {@link RateLimit} of the public forms: a token bucket per address and form, in memory. It is a brake on
 * floods and on guessing receipt codes, not an access control: it resets with the server and counts per node. The address is the one WildFly reports: the connection's, or the
 * client's behind a proxy when the listener's proxy-address-forwarding is on (docs/operations.md); the portal
 * itself never reads X-Forwarded-For, which anyone can send.
 *
 * <p>Real time, not the portal's clock: moving the clock in a test must not refill the buckets.
 */
@ApplicationScoped
public class PublicFormLimiter implements RateLimit {

    private static final int MAX_TRACKED = 100_000;

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Override
    public void take(Form form, String address, String messageKey) {
        if (address != null && !tryTake(form, address)) {
            throw new TooManyRequestsException(messageKey);
        }
    }

    /** Takes one token for {@code address} on {@code form}; {@code false} when the bucket is empty. */
    public boolean tryTake(Form form, String address) {
        long now = System.nanoTime();
        if (buckets.size() > MAX_TRACKED) {
            // Full buckets carry no information: forgetting them costs nothing and bounds the memory.
            buckets.values().removeIf(b -> b.full(now));
        }
        Bucket bucket = buckets.computeIfAbsent(form + "|" + address, k -> new Bucket(form, now));
        return bucket.take(now);
    }

    private static final class Bucket {
        private final Form form;
        private double tokens;
        private long last;

        Bucket(Form form, long now) {
            this.form = form;
            this.tokens = form.capacity();
            this.last = now;
        }

        synchronized boolean take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
        }

        synchronized boolean full(long now) {
            refill(now);
            return tokens >= form.capacity();
        }

        private void refill(long now) {
            tokens = Math.min(form.capacity(), tokens + (double) (now - last) / form.refill().toNanos());
            last = now;
        }
    }
}

package cn.gov.zj.jxt.green.application.shared;

import java.time.Duration;

/**
 * Limits what one client address may send through the public forms (objections, named reports, receipt look-ups).
 * A brake on floods and on guessing receipt codes, not an access control.
 */
public interface RateLimit {

    /** What a form allows: a burst of {@code capacity}, then one more every {@code refill}. */
    enum Form {
        OBJECTION(5, Duration.ofMinutes(2)),
        /** A named report: as an objection, filed in writing with evidence. */
        NAMED_REPORT(5, Duration.ofMinutes(2)),
        /** A look-up by receipt code, of an objection or a named report. */
        RECEIPT(20, Duration.ofSeconds(6));

        private final int capacity;
        private final Duration refill;

        Form(int capacity, Duration refill) {
            this.capacity = capacity;
            this.refill = refill;
        }

        public int capacity() {
            return capacity;
        }

        public Duration refill() {
            return refill;
        }
    }

    /**
     * Takes one token for the sender's {@code address} on {@code form}, or refuses the send with a
     * {@link TooManyRequestsException} carrying {@code messageKey}. A call without an address (from inside the
     * portal, not a public request) is not limited.
     */
    void take(Form form, String address, String messageKey);
}

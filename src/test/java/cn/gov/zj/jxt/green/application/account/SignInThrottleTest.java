package cn.gov.zj.jxt.green.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final String OUTSIDER = "203.0.113.7";
    private static final String OWNER = "198.51.100.20";

    private long now = 1_000_000_000L;
    private final SignInThrottle throttle = new SignInThrottle(() -> now);

    private void wait(Duration duration) {
        now += duration.toNanos();
    }

    private void fail(String name, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(name, address);
        }
    }

    @Test
    void theFirstFailuresCostNothingThenTheNameIsShutForThatAddressOnly() {
        fail("admin", OUTSIDER, SignInThrottle.FREE_PER_NAME - 1);
        assertFalse(throttle.shut("admin", OUTSIDER), "four mistakes are free");
        fail("admin", OUTSIDER, 1);
        assertTrue(throttle.shut("admin", OUTSIDER));
        assertTrue(throttle.shut("ADMIN ", OUTSIDER), "the same name however it is typed");
        assertFalse(throttle.shut("admin", OWNER), "the owner elsewhere is not locked out");
        assertFalse(throttle.shut("province", OUTSIDER), "nor another name from the same address");
        assertEquals(SignInThrottle.FIRST_DELAY, throttle.remaining("admin", OUTSIDER));
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToAnHour() {
        fail("admin", OUTSIDER, SignInThrottle.FREE_PER_NAME);
        Duration expected = SignInThrottle.FIRST_DELAY;
        for (int i = 0; i < 10; i++) {
            assertEquals(expected, throttle.remaining("admin", OUTSIDER), "after failure " + (5 + i));
            wait(expected);
            assertFalse(throttle.shut("admin", OUTSIDER), "open once the wait is over");
            throttle.failed("admin", OUTSIDER);
            expected = expected.multipliedBy(2).compareTo(SignInThrottle.MAX_DELAY) > 0 ? SignInThrottle.MAX_DELAY
                    : expected.multipliedBy(2);
        }
        assertEquals(SignInThrottle.MAX_DELAY, throttle.remaining("admin", OUTSIDER));
    }

    @Test
    void anAddressTryingManyNamesIsShutForAllOfThem() {
        for (int i = 0; i < SignInThrottle.FREE_PER_ADDRESS; i++) {
            throttle.failed("guess" + i, OUTSIDER);
        }
        assertTrue(throttle.shut("anyone-else", OUTSIDER));
        assertFalse(throttle.shut("anyone-else", OWNER));
    }

    @Test
    void theRightPasswordClearsThePairAndQuietPairsAreForgotten() {
        fail("admin", OWNER, SignInThrottle.FREE_PER_NAME - 1);
        throttle.succeeded("admin", OWNER);
        fail("admin", OWNER, SignInThrottle.FREE_PER_NAME - 1);
        assertFalse(throttle.shut("admin", OWNER), "counting started again after the sign-in");

        fail("expert", OUTSIDER, SignInThrottle.FREE_PER_NAME);
        wait(SignInThrottle.FIRST_DELAY.plus(SignInThrottle.FORGET_AFTER).plusSeconds(1));
        assertFalse(throttle.shut("expert", OUTSIDER));
        fail("expert", OUTSIDER, SignInThrottle.FREE_PER_NAME - 1);
        assertFalse(throttle.shut("expert", OUTSIDER), "a forgotten pair has its free failures back");
    }
}

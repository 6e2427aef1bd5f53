package cn.gov.zj.jxt.green.domain.model.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The one random step of every draw: {@code count} of the eligible ids, chosen by a partial Fisher–Yates shuffle
 * driven by {@link Random} seeded with the recorded seed. {@code java.util.Random} is a 48-bit linear congruential
 * generator whose every step (including {@code nextInt(bound)}) is specified in its Javadoc, not left to the JVM, so
 * the same seed and the same list in the same order give the same choice on any Java, and can be re-implemented
 * elsewhere by anyone auditing a draw.
 */
public final class RandomDraw {

    private RandomDraw() {
    }

    /** The chosen ids, in the order drawn; all of them when there are no more than {@code count}. */
    public static List<Long> choose(long seed, List<Long> eligibleInCanonicalOrder, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count " + count);
        }
        List<Long> pool = new ArrayList<>(eligibleInCanonicalOrder);
        Random random = new Random(seed);
        int take = Math.min(count, pool.size());
        for (int i = 0; i < take; i++) {
            int j = i + random.nextInt(pool.size() - i);
            Long swap = pool.get(i);
            pool.set(i, pool.get(j));
            pool.set(j, swap);
        }
        return List.copyOf(pool.subList(0, take));
    }
}

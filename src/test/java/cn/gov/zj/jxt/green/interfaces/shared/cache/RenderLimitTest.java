package cn.gov.zj.jxt.green.interfaces.shared.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RenderLimitTest {

    @Test
    void asManyRenderAsItAllowsAndTheNextWaitsUntilOneLeavesOrItsPatienceEnds() throws Exception {
        RenderLimit limit = new RenderLimit(2, 50);
        assertTrue(limit.enter());
        assertTrue(limit.enter());
        long start = System.nanoTime();
        assertFalse(limit.enter(), "a third waits, and gives up after its patience");
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(45));
        limit.leave();
        assertTrue(limit.enter(), "a place left is taken");
    }

    @Test
    void waitingRendersTakeTheirTurnInTheOrderTheyCame() throws Exception {
        RenderLimit limit = new RenderLimit(1, 10_000);
        assertTrue(limit.enter());
        List<Integer> order = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(3);
        for (int i = 0; i < 3; i++) {
            int number = i;
            Thread waiting = new Thread(() -> {
                try {
                    if (limit.enter()) {
                        order.add(number);
                        limit.leave();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
            waiting.start();
            // The next one comes once this one waits.
            while (waiting.getState() != Thread.State.TIMED_WAITING && waiting.isAlive()) {
                Thread.onSpinWait();
            }
        }
        limit.leave();
        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertEquals(List.of(0, 1, 2), order);
    }
}

package cn.gov.zj.jxt.green.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CoalescedReadTest {

    /** Each read returns its own number, counted when it starts, and waits for a permit to end. */
    private final AtomicInteger started = new AtomicInteger();
    private final Semaphore permits = new Semaphore(0);
    private final CoalescedRead<Integer> reads = new CoalescedRead<>(() -> {
        int number = started.incrementAndGet();
        permits.acquireUninterruptibly();
        return number;
    });

    @Test
    void callersArrivingDuringAReadShareTheNextOneNotTheRunningOne() throws Exception {
        ExecutorService threads = Executors.newCachedThreadPool();
        try {
            Future<Integer> first = threads.submit(reads::get);
            await(() -> started.get() == 1);
            // Five callers ask while read 1 runs: the value it reads may predate them, so they wait for read 2.
            List<Future<Integer>> later = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                later.add(threads.submit(reads::get));
            }
            await(() -> waitingThreads() >= 4);
            permits.release();
            assertEquals(1, first.get(5, TimeUnit.SECONDS));
            await(() -> started.get() == 2);
            permits.release();
            for (Future<Integer> each : later) {
                assertEquals(2, each.get(5, TimeUnit.SECONDS), "a read that started after the caller asked");
            }
            assertEquals(2, started.get(), "six callers, two reads");
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void everyCallerGetsAValueReadAfterItAsked() throws Exception {
        CoalescedRead<Integer> counting = new CoalescedRead<>(started::incrementAndGet);
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                results.add(threads.submit(() -> {
                    go.await();
                    int before = started.get();
                    return counting.get() > before;
                }));
            }
            go.countDown();
            for (Future<Boolean> result : results) {
                assertTrue(result.get(10, TimeUnit.SECONDS), "the value was read before the caller asked");
            }
            assertTrue(started.get() <= 2_000);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void neverTwoReadsAtOnceHoweverManyCallersAsk() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CoalescedRead<Integer> tracked = new CoalescedRead<>(() -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            Thread.yield();
            inFlight.decrementAndGet();
            return started.incrementAndGet();
        });
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 20_000; i++) {
                results.add(threads.submit(() -> {
                    go.await();
                    return tracked.get();
                }));
            }
            go.countDown();
            for (Future<Integer> result : results) {
                result.get(30, TimeUnit.SECONDS);
            }
            assertEquals(1, most.get(), "reads that ran side by side");
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aFailedReadFailsItsCallersAndTheNextReadRunsAgain() {
        AtomicInteger calls = new AtomicInteger();
        CoalescedRead<Integer> failing = new CoalescedRead<>(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("database away");
            }
            return 7;
        });
        assertThrows(IllegalStateException.class, failing::get);
        assertEquals(7, failing.get());
    }

    private int waitingThreads() {
        int waiting = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            for (StackTraceElement frame : thread.getStackTrace()) {
                if (frame.getMethodName().equals("await") && frame.getClassName().endsWith("CoalescedRead$Flight")) {
                    waiting++;
                    break;
                }
            }
        }
        return waiting;
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("condition not reached in 10 s");
            }
            Thread.onSpinWait();
            Thread.sleep(1);
        }
    }
}

package cn.gov.zj.jxt.green.interfaces.shared.cache;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many public pages and API answers are rendered at once; the others wait their turn, in the order they came.
 * Rendering is work for the processors (the embedded database's queries too): with every worker thread rendering
 * at once, each render shares the processors with all the others and takes as long as all of them, so under a
 * crawler's load some readers wait many times longer than the rest. A few at a time, each finishes at full speed and
 * the waits come in order: the same throughput, and the slowest answers near the middle ones. Hits of the cache and
 * everything that is not a public render (the workspace, downloads, exports) never wait here.
 */
final class RenderLimit {

    private final Semaphore permits;
    private final long patienceMillis;

    RenderLimit(int permits, long patienceMillis) {
        this.permits = new Semaphore(permits, true);
        this.patienceMillis = patienceMillis;
    }

    /** Waits for a turn; {@code false} when none came within the patience (the caller answers 503). */
    boolean enter() throws InterruptedException {
        return permits.tryAcquire(patienceMillis, TimeUnit.MILLISECONDS);
    }

    void leave() {
        permits.release();
    }
}

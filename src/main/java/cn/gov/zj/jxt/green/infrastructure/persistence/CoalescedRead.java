package cn.gov.zj.jxt.green.infrastructure.persistence;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * One read shared by the callers that ask while it is still to start: under load, hundreds of requests a second want
 * the same row, and each needs a value read after it asked, not any value. At most one read runs; callers arriving
 * meanwhile wait for the next one, which starts when it ends, and all of them take its result. Every caller thus gets
 * a value read wholly after its call began — what a read of its own would have given — at the cost of at most two
 * reads' time.
 */
final class CoalescedRead<T> {

    private final Supplier<T> read;
    private Flight<T> running;
    private Flight<T> next;

    CoalescedRead(Supplier<T> read) {
        this.read = read;
    }

    T get() {
        Flight<T> flight;
        Flight<T> before = null;
        Flight<T> joined = null;
        synchronized (this) {
            if (running == null) {
                flight = running = new Flight<>();
            } else if (next == null) {
                before = running;
                flight = next = new Flight<>();
            } else {
                flight = null;
                joined = next;
            }
        }
        if (joined != null) {
            return joined.await();
        }
        if (before != null) {
            before.settled();
            synchronized (this) {
                running = flight;
                next = null;
            }
        }
        try {
            T value = read.get();
            flight.result.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            flight.result.completeExceptionally(e);
            throw e;
        } finally {
            synchronized (this) {
                // A caller waiting as the next read takes over from here; were it cleared, a newcomer could start a
                // read of its own beside that one.
                if (running == flight && next == null) {
                    running = null;
                }
            }
        }
    }

    private static final class Flight<T> {
        final CompletableFuture<T> result = new CompletableFuture<>();

        T await() {
            try {
                return result.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        }

        /** Waits until the read has ended, however it ended. */
        void settled() {
            result.handle((value, failure) -> null).join();
        }
    }
}

package cn.gov.zj.jxt.green.testing;

import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Concurrent requests inside the server, for in-container tests: every task on a thread of its own, in a request
 * context of its own (as the services' current actor needs), all released at the same instant.
 */
public final class AtOnce {

    private AtOnce() {
    }

    /** The tasks' results (or what they threw, as {@link java.util.concurrent.ExecutionException}) in order. */
    public static <T> List<T> run(Instance<RequestContextController> requests, List<Callable<T>> tasks)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    RequestContextController request = requests.get();
                    request.activate();
                    try {
                        start.await();
                        return task.call();
                    } finally {
                        request.deactivate();
                    }
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}

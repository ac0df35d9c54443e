package io.mayorsdialogue.api.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Fires real HTTP requests at the same moment from many threads and collects what each got back. */
public final class Parallel {

    /** No call may take longer than this: a hung request fails the test instead of hanging the build. */
    private static final long CALL_TIMEOUT_SECONDS = 120;

    private Parallel() {
    }

    /** Starts every call at once and waits for all their answers. */
    public static <T> List<T> run(int threads, List<Callable<T>> calls) throws Exception {
        return start(threads, calls).answers();
    }

    /** Starts every call at once and returns at once: for tests that let the calls through themselves (HeldRowLock). */
    public static <T> Started<T> start(int threads, List<Callable<T>> calls) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> call : calls) {
            futures.add(pool.submit(() -> {
                go.await();
                return call.call();
            }));
        }
        go.countDown();
        return new Started<>(pool, futures);
    }

    /** Calls under way. */
    public record Started<T>(ExecutorService pool, List<Future<T>> futures) {

        public List<T> answers() throws Exception {
            try {
                List<T> results = new ArrayList<>();
                for (Future<T> f : futures) {
                    results.add(f.get(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS));
                }
                return results;
            } finally {
                pool.shutdownNow();
            }
        }
    }
}

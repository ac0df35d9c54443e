package io.mayorsdialogue.api.support;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP endpoint on loopback that webhooks are delivered to, answering as told: {@code failFirst} requests
 * with 500 then 204, or (hanging) not until released. Records what it received.
 */
public final class Receiver implements AutoCloseable {

    /** One request as received: its webhook headers and body. */
    public record Received(String id, String timestamp, String signature, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();
    private final CountDownLatch released = new CountDownLatch(1);
    private final CountDownLatch firstCall = new CountDownLatch(1);
    private final CountDownLatch firstArrival = new CountDownLatch(1);

    private Receiver(int failFirst, boolean hang) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/hook", exchange -> {
            int n = calls.incrementAndGet();
            firstArrival.countDown();
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (hang) {
                try {
                    released.await(); // holds the request open until released or the test ends
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            var h = exchange.getRequestHeaders();
            received.add(new Received(h.getFirst("webhook-id"), h.getFirst("webhook-timestamp"), h.getFirst("webhook-signature"),
                    new String(body, StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(n <= failFirst ? 500 : 204, -1);
            exchange.close();
            firstCall.countDown();
        });
        server.start();
    }

    public static Receiver answering() {
        return new Receiver(0, false);
    }

    public static Receiver failingFirst(int failures) {
        return new Receiver(failures, false);
    }

    public static Receiver hanging() {
        return new Receiver(0, true);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Waits until a request has been answered; false if none came within {@code bound}. */
    public boolean awaitFirstCall(java.time.Duration bound) {
        return await(firstCall, bound);
    }

    /** Waits until a request has arrived (a hanging receiver is then holding it); false if none came within {@code bound}. */
    public boolean awaitFirstArrival(java.time.Duration bound) {
        return await(firstArrival, bound);
    }

    private static boolean await(CountDownLatch latch, java.time.Duration bound) {
        try {
            return latch.await(bound.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A hanging receiver answers the requests it holds, and every later one at once. */
    public void release() {
        released.countDown();
    }

    public int calls() {
        return calls.get();
    }

    /** How many times each webhook-id arrived. */
    public Map<String, Long> countsById() {
        return received.stream().collect(java.util.stream.Collectors.groupingBy(Received::id, java.util.stream.Collectors.counting()));
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
    }
}

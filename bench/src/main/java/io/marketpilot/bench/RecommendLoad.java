package io.marketpilot.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop GET load: request k is due at {@code start + k / rate} and goes out on whichever of {@code connections}
 * keep-alive HTTP/1.1 connections (one platform thread each) is free; its latency runs from its due time to the
 * last byte of the answer, so a server that falls behind is charged for the queue (no coordinated omission while
 * enough connections are free). A rate of 0 sends back to back (closed loop). Raw sockets keep the client's CPU,
 * which shares the machine with the server, small. Answers must be 200 with {@code n} items; bodies of the
 * requests {@code keep} selects are kept for comparison.
 */
final class RecommendLoad {
    /** What one run did; latencies in ns, one per answered request (unsorted). */
    record Result(long elapsedNanos, long[] latencies, int answered, long errors, long shortAnswers,
                  String firstError, long clientCpuNanos, String[] kept) {}

    /** Which answers to keep (by request number). */
    interface Keep {
        boolean test(int request);
    }

    private RecommendLoad() {}

    static Result run(List<String> paths, int expectedItems, int port, String key, int connections, double rate,
                      long limitNanos, Keep keep) throws InterruptedException {
        int count = paths.size();
        long[] latencies = new long[count];
        Arrays.fill(latencies, -1);
        String[] kept = new String[count];
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        AtomicLong shortAnswers = new AtomicLong();
        AtomicLong clientCpu = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        CountDownLatch go = new CountDownLatch(1);
        long[] start = new long[1];
        long interval = rate <= 0 ? 0 : Math.round(1e9 / rate);
        List<Thread> workers = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            workers.add(Thread.ofPlatform().name("load-" + c).start(() -> {
                Connection conn = new Connection(port, key);
                try {
                    go.await();
                    long deadline = limitNanos > Long.MAX_VALUE - start[0] ? Long.MAX_VALUE : start[0] + limitNanos;
                    for (int k = next.getAndIncrement(); k < count; k = next.getAndIncrement()) {
                        long due = interval == 0 ? System.nanoTime() : start[0] + k * interval;
                        if (due > deadline) {
                            break;
                        }
                        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                            LockSupport.parkNanos(wait);
                        }
                        try {
                            HttpResponseReader.Response r = conn.get(paths.get(k));
                            latencies[k] = System.nanoTime() - due;
                            if (r.status() != 200) {
                                errors.incrementAndGet();
                                firstError.compareAndSet(null, "HTTP " + r.status() + " for " + paths.get(k) + ": "
                                    + r.body().substring(0, Math.min(300, r.body().length())));
                            } else if (count(r.body(), "\"item_id\"") < expectedItems) {
                                shortAnswers.incrementAndGet();
                            }
                            if (keep.test(k)) {
                                kept[k] = r.body();
                            }
                        } catch (IOException e) {
                            latencies[k] = System.nanoTime() - due;
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, e.toString());
                            conn.close();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    conn.close();
                    clientCpu.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
                }
            }));
        }
        start[0] = System.nanoTime();
        go.countDown();
        for (Thread t : workers) {
            t.join();
        }
        long elapsed = System.nanoTime() - start[0];
        long[] answered = Arrays.stream(latencies).filter(l -> l >= 0).toArray();
        return new Result(elapsed, answered, answered.length, errors.get(), shortAnswers.get(), firstError.get(),
            clientCpu.get(), kept);
    }

    static int count(String body, String needle) {
        int n = 0;
        for (int at = body.indexOf(needle); at >= 0; at = body.indexOf(needle, at + needle.length())) {
            n++;
        }
        return n;
    }

    /** One keep-alive connection, reopened after an error or when the server closes it. */
    private static final class Connection {
        private final int port;
        private final String headers;
        private final HttpResponseReader reader = new HttpResponseReader();
        private SocketChannel channel;

        Connection(int port, String key) {
            this.port = port;
            this.headers = " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: Bearer " + key
                + "\r\nAccept: application/json\r\n\r\n";
        }

        HttpResponseReader.Response get(String path) throws IOException {
            if (channel == null) {
                channel = SocketChannel.open(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                reader.reset();
            }
            ByteBuffer request = ByteBuffer.wrap(("GET " + path + headers).getBytes(StandardCharsets.US_ASCII));
            while (request.hasRemaining()) {
                channel.write(request);
            }
            HttpResponseReader.Response r = reader.read(channel);
            if (!r.keepAlive()) {
                close();
            }
            return r;
        }

        void close() {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // closing a broken connection: nothing left to do
                }
                channel = null;
            }
        }
    }
}

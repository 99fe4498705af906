package io.marketpilot.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Posts the pre-serialised batches to {@code POST /v1/events} on 127.0.0.1 over {@code connections} keep-alive
 * HTTP/1.1 connections, one platform thread each, the next unsent batch going to whichever connection is free.
 * A batch's latency runs from the first byte written to the last byte of the answer. Raw sockets with
 * {@code sendfile} rather than {@code java.net.http.HttpClient}: the client shares the two cores with the server,
 * so it should burn as little CPU as possible. Stops after the last batch or at the deadline.
 *
 * <p>Closed loop by default (each connection sends its next batch as soon as the last is answered, so latency
 * grows with the queue: mean latency = connections × batch / throughput). With a rate, batch k is due at
 * {@code start + k × batch / rate} (open loop) and its latency counts from when it was due, so a server that
 * falls behind is charged for the wait too.
 */
final class HttpLoad {
    private static final Pattern COUNT = Pattern.compile("\"(accepted|duplicates|rejected)\"\\s*:\\s*(\\d+)");

    /**
     * What the run did; {@code latencies} holds one entry per answered batch and {@code completions} when each
     * answer arrived (from the start), both in nanoseconds and sorted.
     */
    record Result(long elapsedNanos, long[] latencies, long[] completions, long accepted, long duplicates,
                  long rejected, long failed, String firstFailure, boolean timedOut, long clientCpuNanos) {
        int answered() {
            return latencies.length;
        }

        /** Batches per second over the second half of the answers: throughput once the JIT has settled. */
        double secondHalfBatchesPerSecond() {
            int n = completions.length;
            if (n < 4) {
                return 0;
            }
            long from = completions[n / 2 - 1];
            long to = completions[n - 1];
            return to == from ? 0 : (n - n / 2) * 1e9 / (to - from);
        }
    }

    private HttpLoad() {}

    /** When the run started and stops, and the spacing of due times (0: closed loop). */
    private record Schedule(long start, long deadline, long interval) {
        long due(int batch) {
            return start + batch * interval;
        }
    }

    /** {@code eventsPerSecond} 0 runs closed loop, as fast as the server answers. */
    static Result run(BatchBodies bodies, int port, String adminKey, int connections, Duration limit,
                      long eventsPerSecond) throws InterruptedException {
        long[] latencies = new long[bodies.count()];
        long[] completions = new long[bodies.count()];
        Arrays.fill(latencies, -1);
        AtomicInteger next = new AtomicInteger();
        AtomicLong accepted = new AtomicLong();
        AtomicLong duplicates = new AtomicLong();
        AtomicLong rejected = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        AtomicLong clientCpu = new AtomicLong();
        CountDownLatch go = new CountDownLatch(1);
        Schedule[] schedule = new Schedule[1];
        List<Thread> workers = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            workers.add(Thread.ofPlatform().name("bench-client-" + c).start(() -> {
                try {
                    go.await();
                    new Connection(bodies, port, adminKey).sendAll(next, schedule[0], latencies, completions, accepted,
                            duplicates, rejected);
                } catch (IOException | RuntimeException e) {
                    failed.incrementAndGet();
                    firstFailure.compareAndSet(null, e.toString());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    clientCpu.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
                }
            }));
        }
        long start = System.nanoTime();
        long perBatch = eventsPerSecond <= 0 ? 0 : Math.round(1e9 * bodies.events() / bodies.count() / eventsPerSecond);
        schedule[0] = new Schedule(start, start + limit.toNanos(), perBatch);
        Arrays.fill(completions, start - 1);
        go.countDown();
        for (Thread t : workers) {
            t.join();
        }
        long elapsed = System.nanoTime() - start;
        long[] answered = Arrays.stream(latencies).filter(l -> l >= 0).sorted().toArray();
        long[] arrivals = Arrays.stream(completions).filter(c -> c >= start).map(c -> c - start).sorted().toArray();
        return new Result(elapsed, answered, arrivals, accepted.get(), duplicates.get(), rejected.get(), failed.get(),
                firstFailure.get(), next.get() < bodies.count() && System.nanoTime() >= schedule[0].deadline(), clientCpu.get());
    }

    /** One keep-alive connection, reopened if the server closes it. */
    private static final class Connection {
        private final BatchBodies bodies;
        private final int port;
        private final String headerStart;
        private final HttpResponseReader reader = new HttpResponseReader();
        private SocketChannel channel;

        Connection(BatchBodies bodies, int port, String adminKey) {
            this.bodies = bodies;
            this.port = port;
            this.headerStart = "POST /v1/events HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: Bearer "
                    + adminKey + "\r\nContent-Type: application/json\r\nContent-Length: ";
        }

        void sendAll(AtomicInteger next, Schedule schedule, long[] latencies, long[] completions, AtomicLong accepted,
                     AtomicLong duplicates, AtomicLong rejected) throws IOException {
            try {
                for (int k = next.getAndIncrement(); k < bodies.count() && System.nanoTime() < schedule.deadline();
                     k = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    if (schedule.interval() > 0) {
                        long due = schedule.due(k);
                        for (long wait = due - t0; wait > 0; wait = due - System.nanoTime()) {
                            LockSupport.parkNanos(wait);
                        }
                        t0 = due;
                    }
                    HttpResponseReader.Response r = post(k);
                    long t1 = System.nanoTime();
                    latencies[k] = t1 - t0;
                    completions[k] = t1;
                    if (r.status() != 200) {
                        throw new IOException("batch " + k + ": HTTP " + r.status() + ": " + abbreviate(r.body()));
                    }
                    Matcher m = COUNT.matcher(r.body());
                    while (m.find()) {
                        long v = Long.parseLong(m.group(2));
                        (switch (m.group(1)) {
                            case "accepted" -> accepted;
                            case "duplicates" -> duplicates;
                            default -> rejected;
                        }).addAndGet(v);
                    }
                    if (!r.keepAlive()) {
                        close();
                    }
                }
            } finally {
                close();
            }
        }

        private HttpResponseReader.Response post(int k) throws IOException {
            if (channel == null) {
                channel = SocketChannel.open(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                reader.reset();
            }
            int length = bodies.length(k);
            ByteBuffer header = ByteBuffer.wrap((headerStart + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            while (header.hasRemaining()) {
                channel.write(header);
            }
            for (long pos = bodies.offset(k), left = length; left > 0; ) {
                long n = bodies.file().transferTo(pos, left, channel);
                pos += n;
                left -= n;
            }
            return reader.read(channel);
        }

        private void close() throws IOException {
            if (channel != null) {
                channel.close();
                channel = null;
            }
        }

        private static String abbreviate(String s) {
            return s.length() > 400 ? s.substring(0, 400) + "…" : s;
        }
    }
}

package io.marketpilot.server.http;

import static io.marketpilot.server.http.TestServer.ADMIN_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** close() stops accepting but lets a batch that is already being received and stored finish. */
class ShutdownIT {

    @Test
    void an_in_flight_batch_completes_during_graceful_shutdown(@TempDir Path dir) throws Exception {
        TestServer api = TestServer.start(dir);
        byte[] body = WireEvents.ndjson(WireEvents.views("flight", 2_000)).getBytes(StandardCharsets.UTF_8);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        HttpRequest request = api.request("/v1/events", ADMIN_KEY).header("Content-Type", TestServer.NDJSON)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new HeldBack(body, started, release))).build();

        CompletableFuture<HttpResponse<String>> reply = api.client().sendAsync(request, HttpResponse.BodyHandlers.ofString());
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(200); // the server has the request line and half the body
        CompletableFuture<Void> closing = CompletableFuture.runAsync(api.server::close);
        Thread.sleep(200); // close() is now waiting for the in-flight request
        assertThat(closing).isNotDone();
        release.countDown();

        HttpResponse<String> r = reply.get(20, TimeUnit.SECONDS);
        closing.get(20, TimeUnit.SECONDS);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("\"accepted\":2000");
        assertThat(api.engine.stats().events().total()).isEqualTo(2_000);
        assertThatThrownBy(() -> api.get("/health", null)).as("the port is released")
                .isInstanceOf(java.io.UncheckedIOException.class).hasCauseInstanceOf(java.net.ConnectException.class);
        api.close();
    }

    /** Gives the first half of the body, then blocks until released. */
    private static final class HeldBack extends InputStream {
        private final byte[] body;
        private final CountDownLatch started;
        private final CountDownLatch release;
        private int pos;

        HeldBack(byte[] body, CountDownLatch started, CountDownLatch release) {
            this.body = body;
            this.started = started;
            this.release = release;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (pos >= body.length) {
                return -1;
            }
            int half = body.length / 2;
            if (pos >= half) {
                started.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
            int limit = pos < half ? half : body.length;
            int n = Math.min(len, limit - pos);
            System.arraycopy(body, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}

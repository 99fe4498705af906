package io.marketpilot.server.uplift;

import static io.marketpilot.server.http.TestServer.ADMIN_KEY;
import static io.marketpilot.server.http.TestServer.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.automation.uplift.UpliftData;
import io.marketpilot.server.http.TestServer;
import io.marketpilot.server.http.TestServer.Reply;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /v1/uplift over a model trained on planted data (only customers with x0 > 0 respond). */
class UpliftIT {
    @TempDir
    Path dir;
    private TestServer api;

    @BeforeEach
    void start() {
        api = TestServer.start(dir);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    static UpliftData planted() {
        SplittableRandom r = new SplittableRandom(5);
        int n = 20_000;
        double[][] x = new double[n][2];
        boolean[] t = new boolean[n];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = r.nextGaussian();
            x[i][1] = r.nextGaussian();
            t[i] = r.nextBoolean();
            y[i] = r.nextDouble() < 0.1 + (t[i] && x[i][0] > 0 ? 0.2 : 0);
        }
        return new UpliftData(List.of("x0", "x1"), x, t, y);
    }

    @Test
    void predictsUpliftAndAppliesTheThreshold() {
        assertThat(api.send("POST", "/v1/uplift/predict", ADMIN_KEY, JSON, "{\"features\": {}}").status()).isEqualTo(404);
        api.engine.uplift().train(planted(), 0.3, 42);

        Reply model = api.get("/v1/uplift", ADMIN_KEY);
        assertThat(model.status()).isEqualTo(200);
        assertThat(model.json().get("metrics").get("qini").asDouble()).isGreaterThan(0.1);

        Reply hi = api.send("POST", "/v1/uplift/predict", ADMIN_KEY, JSON,
                "{\"features\": {\"x0\": 2, \"x1\": 0}, \"threshold\": 0.05}");
        assertThat(hi.json().get("uplift").asDouble()).isGreaterThan(0.1);
        assertThat(hi.json().get("target").asBoolean()).isTrue();
        Reply lo = api.send("POST", "/v1/uplift/predict", ADMIN_KEY, JSON,
                "{\"features\": {\"x0\": -2, \"x1\": 0}, \"threshold\": 0.05}");
        assertThat(lo.json().get("target").asBoolean()).isFalse();

        Reply bad = api.send("POST", "/v1/uplift/predict", ADMIN_KEY, JSON, "{\"features\": {\"x0\": \"a\"}, \"threshold\": 3}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors")).extracting(e -> e.get("pointer").asText())
                .containsExactly("/features/x0", "/features/x1", "/threshold");
    }
}

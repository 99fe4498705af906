package io.marketpilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} as users run it: never open without authentication, never locking its owner out, stopping cleanly. */
class ServeIT {
    @TempDir
    Path dir;

    @Test
    void first_start_creates_and_prints_an_admin_key_and_the_api_needs_it() throws Exception {
        Path data = dir.resolve("data");
        Path log = dir.resolve("serve.log");
        String secret;
        try (ServeProcess server = ServeProcess.start(data, null, log)) {
            secret = server.stdout().stream().filter(l -> l.strip().startsWith("secret: "))
                    .map(l -> l.strip().substring("secret: ".length())).findFirst().orElseThrow();

            assertThat(status(server.url() + "/v1/customers/u1", null)).isEqualTo(401);
            assertThat(status(server.url() + "/v1/customers/u1", "not-a-key")).isEqualTo(401);
            assertThat(status(server.url() + "/v1/customers/u1/recommendations", secret)).isEqualTo(200);

            assertThat(server.stop()).as("exit code after SIGTERM").isIn(0, 143);
            assertThat(Files.readString(log)).contains("msg=\"listening\" url=" + server.url())
                    .contains("msg=\"stopping\"").contains("msg=\"stopped\"");
        }

        try (ServeProcess again = ServeProcess.start(data, null, log)) {
            List<String> out = again.stdout();
            assertThat(out).noneMatch(l -> l.contains("secret: "));
            assertThat(status(again.url() + "/v1/customers/u1/recommendations", secret)).isEqualTo(200);
            again.stop();
        }
    }

    private static int status(String url, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}

package io.marketpilot.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServerConfigTest {

    @Test
    void defaults_bind_loopback_8080_without_admin_key() {
        ServerConfig c = ServerConfig.defaults();

        assertThat(c.host()).isEqualTo("127.0.0.1");
        assertThat(c.port()).isEqualTo(8080);
        assertThat(c.adminKey()).isNull();
        assertThat(c.maxBatch()).isEqualTo(10_000);
        assertThat(c.shutdownTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void a_blank_admin_key_means_none_and_the_key_is_never_printed() {
        assertThat(ServerConfig.defaults().withAdminKey("  ").adminKey()).isNull();
        assertThat(ServerConfig.defaults().withAdminKey("s3cret-key").toString())
                .doesNotContain("s3cret-key").contains("adminKey=***");
    }

    @Test
    void every_invalid_setting_is_reported_at_once() {
        assertThatThrownBy(() -> new ServerConfig("h", 70_000, null, 0, 10, Duration.ofSeconds(-1)))
                .hasMessageContaining("server.port")
                .hasMessageContaining("server.maxBatch")
                .hasMessageContaining("server.maxBodyBytes")
                .hasMessageContaining("server.shutdownTimeout");
    }
}

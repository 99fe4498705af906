package io.marketpilot.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.engine.config.EngineConfig;
import io.marketpilot.engine.config.ServerSettings;
import java.nio.file.Path;
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
    void the_engine_configuration_gives_the_same_defaults_and_carries_its_server_settings() {
        EngineConfig at = EngineConfig.at(Path.of("/data"));
        assertThat(ServerConfig.of(at)).isEqualTo(ServerConfig.defaults());

        EngineConfig custom = new EngineConfig(at.dataDir(), new EngineConfig.IngestConfig(50, 100, 60), null, null,
                null, null, null, null, new ServerSettings("0.0.0.0", 9000, 4096, Duration.ofSeconds(2)));
        assertThat(ServerConfig.of(custom)).isEqualTo(new ServerConfig("0.0.0.0", 9000, null, 50, 4096,
                Duration.ofSeconds(2)));
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

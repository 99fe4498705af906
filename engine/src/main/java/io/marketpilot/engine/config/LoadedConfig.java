package io.marketpilot.engine.config;

import java.util.List;
import java.util.Optional;

/**
 * The effective configuration: the record tree the engine opens with, and for every key its value (as YAML) and where
 * it came from, for {@code marketpilot config show}.
 *
 * @param file the configuration file read, if any
 */
public record LoadedConfig(EngineConfig config, List<Setting> settings, Optional<String> file) {
    public LoadedConfig {
        settings = List.copyOf(settings);
    }

    /** One key's effective value, written as YAML (secrets masked), and its origin. */
    public record Setting(String path, String yaml, Origin origin) {
    }

    public Origin origin(String path) {
        return settings.stream().filter(s -> s.path().equals(path)).findFirst().map(Setting::origin)
                .orElseThrow(() -> new IllegalArgumentException("no configuration key " + path));
    }

    /** The whole configuration as YAML, each value followed by a comment saying where it came from. */
    public String toYaml() {
        return EffectiveYaml.render(this);
    }
}

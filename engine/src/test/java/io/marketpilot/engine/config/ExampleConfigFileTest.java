package io.marketpilot.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * docs/marketpilot.example.yaml cannot drift: it reads back to exactly the code defaults, it sets every key, and every
 * component of the record tree has a key.
 */
class ExampleConfigFileTest {
    static final Path EXAMPLE = Path.of("..", "docs", "marketpilot.example.yaml");
    /** Components whose key is not their snake-case path (several records share one key, or the name reads better). */
    private static final Map<String, String> RENAMED = Map.of(
            "messaging.shop_zone", "shop.time_zone",
            "journeys.shop_zone", "shop.time_zone",
            "messaging.retry.first", "messaging.retry.first_wait",
            "messaging.retry.longest", "messaging.retry.longest_wait",
            "messaging.quiet_start", "messaging.quiet_hours.start",
            "messaging.quiet_end", "messaging.quiet_hours.end");
    /** Not settings: the data directory is a flag of every command. */
    private static final Set<String> NOT_KEYS = Set.of("data_dir");

    @Test
    void theExampleReadsBackToExactlyTheDefaults() {
        LoadedConfig loaded = ConfigLoader.load(Path.of("/data"), Optional.of(EXAMPLE), Map.of(), List.of());
        assertThat(loaded.config()).isEqualTo(EngineConfig.at(Path.of("/data")));
    }

    @Test
    void theExampleSetsEveryKey() {
        LoadedConfig loaded = ConfigLoader.load(Path.of("/data"), Optional.of(EXAMPLE), Map.of(), List.of());
        assertThat(loaded.settings()).allSatisfy(s -> assertThat(s.origin()).as(s.path())
                .isInstanceOf(Origin.File.class));
        assertThat(loaded.settings()).hasSize(ConfigKeys.all().size());
    }

    @Test
    void everyComponentOfTheRecordTreeHasAKey() throws Exception {
        assertThat(Files.exists(EXAMPLE)).isTrue();
        Set<String> keys = ConfigKeys.byPath().keySet();
        List<String> missing = new ArrayList<>();
        for (String path : leaves(EngineConfig.class, "")) {
            String key = RENAMED.getOrDefault(path, path);
            if (!NOT_KEYS.contains(key) && !keys.contains(key) && keys.stream().noneMatch(k -> k.startsWith(key + "."))) {
                missing.add(path);
            }
        }
        assertThat(missing).as("record components without a configuration key").isEmpty();
    }

    /** Paths of record components down to values that are not records of ours (lists, maps and scalars are leaves). */
    private static List<String> leaves(Class<?> type, String prefix) {
        List<String> out = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            String path = prefix + snake(c.getName());
            Class<?> t = c.getType();
            if (t == Optional.class && c.getGenericType() instanceof ParameterizedType p
                    && p.getActualTypeArguments()[0] instanceof Class<?> inner && inner.isRecord()) {
                t = inner;
            }
            if (t.isRecord() && t.getPackageName().startsWith("io.marketpilot")) {
                out.addAll(leaves(t, path + "."));
            } else {
                out.add(path);
            }
        }
        return out;
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}

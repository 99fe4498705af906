package io.marketpilot.engine.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Loads {@code marketpilot.yaml} into the record tree: code defaults, then the file, then {@code MARKETPILOT_*}
 * environment variables, then command-line flags. Every problem of every layer is collected before failing, each with
 * its place and key path; unknown keys get a "did you mean". The caller passes the environment and flags in (this
 * class reads only the file it is given), so tests and the CLI see the same behaviour.
 */
public final class ConfigLoader {
    /** A command-line flag that sets a key, e.g. {@code --port 9000} sets {@code server.port}. */
    public record Flag(String key, String option, String value) {
    }

    private final Map<String, ConfigKey<?>> keys = ConfigKeys.byPath();
    private final Set<String> sections = new LinkedHashSet<>();
    private final Map<ConfigKey<?>, Object> values = new HashMap<>();
    private final Map<ConfigKey<?>, Origin> origins = new HashMap<>();
    private final List<ConfigProblem> problems = new ArrayList<>();

    private ConfigLoader(EngineConfig defaults) {
        for (ConfigKey<?> k : keys.values()) {
            values.put(k, k.get().apply(defaults));
            origins.put(k, new Origin.Default());
            for (String s = k.section(); !s.isEmpty(); s = s.contains(".") ? s.substring(0, s.lastIndexOf('.')) : "") {
                sections.add(s);
            }
        }
    }

    /**
     * The effective configuration of {@code dataDir}.
     *
     * @param file  the configuration file to read (see {@link ConfigFileLocation}), or empty for none
     * @param env   the process environment (only {@code MARKETPILOT_*} variables are looked at)
     * @param flags command-line flags that set keys
     * @throws ConfigException with every problem, when anything is wrong or the file cannot be read
     */
    public static LoadedConfig load(Path dataDir, Optional<Path> file, Map<String, String> env, List<Flag> flags) {
        ConfigLoader loader = new ConfigLoader(EngineConfig.at(dataDir));
        file.ifPresent(loader::readFile);
        loader.readEnv(env);
        for (Flag f : flags) {
            loader.override(f.key(), f.value(), new Origin.Flag(f.option()));
        }
        if (!loader.problems.isEmpty()) {
            throw new ConfigException(loader.problems);
        }
        EngineConfig config = ConfigAssembly.build(dataDir, loader.assemblyValues());
        List<LoadedConfig.Setting> settings = new ArrayList<>();
        for (ConfigKey<?> k : ConfigKeys.all()) {
            settings.add(new LoadedConfig.Setting(k.path(), loader.shown(k), loader.origins.get(k)));
        }
        return new LoadedConfig(config, settings, file.map(Path::toString));
    }

    /** The defaults alone (what {@code EngineConfig.at} gives), as a loaded configuration. */
    public static LoadedConfig defaults(Path dataDir) {
        return load(dataDir, Optional.empty(), Map.of(), List.of());
    }

    private void readFile(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw unreadable(file, "no such file");
        } catch (CharacterCodingException e) {
            throw new ConfigException(List.of(new ConfigProblem(new Origin.File(file.toString(), 1), "",
                    "not UTF-8 text (save the file as UTF-8)")));
        } catch (IOException e) {
            throw unreadable(file, "cannot be read: " + e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte-order mark some editors write
        }
        String shown = file.toString();
        ConfigNode root = YamlTree.parse(text, line -> new Origin.File(shown, line), problems);
        if (root instanceof ConfigNode.Mapping m) {
            walk(m, "");
        } else if (root != null && !(root instanceof ConfigNode.Scalar s && s.isNull())) {
            problems.add(new ConfigProblem(root.origin(), "", "expected a mapping of sections (ingest:, recommend:, …),"
                    + " found " + root.found()));
        }
    }

    private static ConfigException unreadable(Path file, String why) {
        return new ConfigException(List.of(new ConfigProblem(new Origin.File(file.toString(), 0), "",
                "the configuration file " + why + " (check --config or MARKETPILOT_CONFIG)")), true);
    }

    private void walk(ConfigNode.Mapping mapping, String prefix) {
        for (ConfigNode.Field f : mapping.fields().values()) {
            String path = prefix.isEmpty() ? f.key() : prefix + "." + f.key();
            ConfigKey<?> key = keys.get(path);
            if (key != null) {
                set(key, f.value());
            } else if (sections.contains(path)) {
                if (f.value() instanceof ConfigNode.Mapping m) {
                    walk(m, path);
                } else if (!(f.value() instanceof ConfigNode.Scalar s && s.isNull())) {
                    problems.add(new ConfigProblem(f.value().origin(), path, "expected a section with the keys "
                            + String.join(", ", children(path)) + ", found " + f.value().found()));
                }
            } else {
                problems.add(new ConfigProblem(f.keyOrigin(), path, "unknown key" + unknownHint(prefix, f.key())));
            }
        }
    }

    private String unknownHint(String prefix, String name) {
        Set<String> siblings = children(prefix);
        Optional<String> near = NearestName.to(name, siblings);
        if (near.isPresent()) {
            return "; did you mean '" + near.get() + "'?";
        }
        Optional<String> elsewhere = keys.keySet().stream().filter(p -> p.endsWith("." + name)).findFirst();
        return elsewhere.map(p -> "; it belongs at " + p)
                .orElse("; valid " + (prefix.isEmpty() ? "sections" : "keys of " + prefix) + ": "
                        + String.join(", ", siblings));
    }

    /** The names directly under a section ("" = the top). */
    private Set<String> children(String prefix) {
        Set<String> out = new TreeSet<>();
        String start = prefix.isEmpty() ? "" : prefix + ".";
        for (String p : keys.keySet()) {
            if (p.startsWith(start)) {
                String rest = p.substring(start.length());
                out.add(rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest);
            }
        }
        return out;
    }

    private void readEnv(Map<String, String> env) {
        Map<String, ConfigKey<?>> byVariable = new HashMap<>();
        keys.values().forEach(k -> byVariable.put(k.envVariable(), k));
        Set<String> sectionPrefixes = new TreeSet<>();
        children("").forEach(s -> sectionPrefixes.add(ConfigKey.envVariableOf(s) + "_"));
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(env).entrySet()) {
            ConfigKey<?> k = byVariable.get(e.getKey());
            if (k != null) {
                override(k.path(), e.getValue(), new Origin.Env(e.getKey()));
            } else if (sectionPrefixes.stream().anyMatch(e.getKey()::startsWith)) {
                problems.add(new ConfigProblem(new Origin.Env(e.getKey()), "", "no configuration key has this variable"
                        + NearestName.to(e.getKey(), byVariable.keySet()).map(v -> "; did you mean " + v + "?")
                        .orElse("") + " (lists and mappings are set whole, as YAML: e.g. "
                        + "MARKETPILOT_MESSAGING_RATE_LIMITS='{email: {per_second: 5, burst: 10}}')"));
            }
        }
    }

    /** An environment variable or flag: structured keys hold YAML, scalar keys take the text as it is. */
    private void override(String path, String text, Origin origin) {
        ConfigKey<?> key = keys.get(path);
        if (key == null) {
            problems.add(new ConfigProblem(origin, path, "unknown key" + NearestName.to(path, keys.keySet())
                    .map(k -> "; did you mean '" + k + "'?").orElse("; `marketpilot config show` lists every key")));
            return;
        }
        ConfigNode node = key.type().structured() ? YamlTree.parse(text, line -> origin, problems)
                : new ConfigNode.Scalar(text, false, origin);
        if (node != null) {
            set(key, node);
        }
    }

    private void set(ConfigKey<?> key, ConfigNode node) {
        Object v = key.type().read(node, key.path(), problems);
        if (v != null) {
            values.put(key, v);
            origins.put(key, node.origin());
        }
    }

    private <T> String shown(ConfigKey<T> k) {
        @SuppressWarnings("unchecked")
        T v = (T) values.get(k);
        return k.shown(v);
    }

    private ConfigAssembly.Values assemblyValues() {
        return new ConfigAssembly.Values() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T get(ConfigKey<T> key) {
                return (T) values.get(key);
            }

            @Override
            public Origin origin(ConfigKey<?> key) {
                return origins.get(key);
            }
        };
    }
}

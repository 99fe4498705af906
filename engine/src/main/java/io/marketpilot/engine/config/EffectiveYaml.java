package io.marketpilot.engine.config;

import java.util.List;

/** Writes the effective configuration as YAML with {@code # default}, {@code # file:line}, {@code # env …} notes. */
final class EffectiveYaml {
    private EffectiveYaml() {
    }

    static String render(LoadedConfig loaded) {
        StringBuilder b = new StringBuilder("# effective MarketPilot configuration")
                .append(loaded.file().map(f -> " (file " + f + ")").orElse(" (no configuration file)"))
                .append("\n# precedence: default < file < env MARKETPILOT_* < flag\n");
        List<String> open = List.of();
        for (LoadedConfig.Setting s : loaded.settings()) {
            List<String> parts = List.of(s.path().split("\\."));
            List<String> section = parts.subList(0, parts.size() - 1);
            int common = 0;
            while (common < open.size() && common < section.size() && open.get(common).equals(section.get(common))) {
                common++;
            }
            for (int i = common; i < section.size(); i++) {
                b.append("  ".repeat(i)).append(section.get(i)).append(":\n");
            }
            open = section;
            String line = "  ".repeat(section.size()) + parts.getLast() + ": " + s.yaml();
            b.append(line).append(" ".repeat(Math.max(1, 48 - line.length()))).append("# ")
                    .append(s.origin().label()).append('\n');
        }
        return b.toString();
    }
}

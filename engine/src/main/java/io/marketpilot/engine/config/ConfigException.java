package io.marketpilot.engine.config;

import java.util.List;

/**
 * The configuration cannot be used: every problem found, each with its place and key path. Nothing was started.
 * {@link #unreadable()} tells a file that could not be read (an environment problem) from wrong content.
 */
public final class ConfigException extends RuntimeException {
    private final List<ConfigProblem> problems;
    private final boolean unreadable;

    ConfigException(List<ConfigProblem> problems, boolean unreadable) {
        super(format(problems));
        this.problems = List.copyOf(problems);
        this.unreadable = unreadable;
    }

    ConfigException(List<ConfigProblem> problems) {
        this(problems, false);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }

    /** True when the named file is missing or unreadable, false when its content (or env, or a flag) is wrong. */
    public boolean unreadable() {
        return unreadable;
    }

    private static String format(List<ConfigProblem> problems) {
        StringBuilder b = new StringBuilder("the configuration has ")
                .append(problems.size() == 1 ? "1 problem" : problems.size() + " problems")
                .append(" (nothing was started):");
        for (ConfigProblem p : problems) {
            b.append("\n  ").append(p);
        }
        return b.append("\nFix them and run `marketpilot config check`; docs/marketpilot.example.yaml lists every key")
                .append(" with its default, docs/configuration.md explains them.").toString();
    }
}

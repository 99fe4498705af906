package io.marketpilot.engine.config;

/**
 * Where a setting's value came from, in increasing precedence: the code default, the configuration file (with its
 * line), an environment variable, a command-line flag. {@link #label()} is what messages and {@code config show} print.
 */
public sealed interface Origin {
    String label();

    /** The default in code. */
    record Default() implements Origin {
        @Override
        public String label() {
            return "default";
        }
    }

    /** A line of the configuration file, shown as the user named the file. */
    record File(String file, int line) implements Origin {
        @Override
        public String label() {
            return file + ":" + line;
        }
    }

    /** An environment variable such as {@code MARKETPILOT_NLP_ENCODER_VARIANT}. */
    record Env(String variable) implements Origin {
        @Override
        public String label() {
            return "env " + variable;
        }
    }

    /** A command-line option such as {@code --port}. */
    record Flag(String option) implements Origin {
        @Override
        public String label() {
            return "flag " + option;
        }
    }
}

package io.marketpilot.cli;

/** Something outside the command line is wrong (exit code 3); the message says what and what to do. */
final class EnvironmentProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    EnvironmentProblem(String message, Throwable cause) {
        super(message, cause);
    }

    EnvironmentProblem(String message) {
        super(message);
    }
}

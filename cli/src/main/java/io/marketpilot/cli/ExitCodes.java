package io.marketpilot.cli;

/** The process exit codes every command keeps to. */
final class ExitCodes {
    static final int OK = 0;
    /** The work failed: invalid rows, a smoke check that did not pass, an unknown key id, an invalid configuration. */
    static final int FAILURE = 1;
    /** The command line was wrong. */
    static final int USAGE = 2;
    /** The environment is wrong: data dir unusable, file unreadable, port taken. */
    static final int ENVIRONMENT = 3;

    private ExitCodes() {}
}

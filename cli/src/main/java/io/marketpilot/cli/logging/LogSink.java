package io.marketpilot.cli.logging;

/** Where finished log lines go. Each call carries one whole line, written atomically. */
@FunctionalInterface
interface LogSink {
    void write(String line);

    /** The process's current stderr, looked up per line so a redirected {@code System.err} is honoured. */
    LogSink STDERR = line -> {
        System.err.print(line);
        System.err.flush();
    };
}

package io.marketpilot.store.duckdb;

import java.nio.file.Path;

/** Run in a child JVM by {@link DuckDbFileLockTest}: opens a log, says "ready", holds it until stdin closes. */
public final class HoldEventLog {
    private HoldEventLog() {}

    @SuppressWarnings("try") // holding the open log is the point
    public static void main(String[] args) throws Exception {
        try (DuckDbEventLog log = DuckDbEventLog.open(Path.of(args[0]))) {
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the file until the parent closes our stdin or kills us
            }
        }
    }
}

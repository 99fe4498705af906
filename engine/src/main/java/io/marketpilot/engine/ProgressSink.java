package io.marketpilot.engine;

/** Receives progress of long work: a stage name, units done, and the total (-1 when unknown). */
@FunctionalInterface
public interface ProgressSink {
    ProgressSink NONE = (stage, done, total) -> { };

    void progress(String stage, long done, long total);
}

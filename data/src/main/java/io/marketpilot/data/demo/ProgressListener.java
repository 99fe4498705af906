package io.marketpilot.data.demo;

/** Told how far generation has come; called from the generating thread. */
@FunctionalInterface
public interface ProgressListener {

    /**
     * @param stage one of {@code items}, {@code customers}, {@code events}, {@code truth}
     * @param done  units finished in this stage
     * @param total units in this stage
     */
    void progress(String stage, long done, long total);

    /** A listener that ignores progress. */
    static ProgressListener silent() {
        return (stage, done, total) -> { };
    }
}

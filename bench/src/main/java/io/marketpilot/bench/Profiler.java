package io.marketpilot.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import jdk.jfr.Recording;

/**
 * A JFR recording around one timed phase: Java execution samples every 10 ms per thread (where the JVM's CPU
 * goes) and native-method samples every 20 ms (threads inside DuckDB's JNI calls, or blocked in socket or
 * fsync calls, which execution samples never see). {@link ProfileSummary} turns the file into stage shares.
 */
final class Profiler {
    private final Path file;
    private Recording recording;

    Profiler(Path file) {
        this.file = file;
    }

    void start() {
        recording = new Recording();
        recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
        recording.enable("jdk.NativeMethodSample").withPeriod(Duration.ofMillis(20));
        recording.enable("jdk.GarbageCollection");
        recording.start();
    }

    void stop() throws IOException {
        recording.stop();
        recording.dump(file);
        recording.close();
    }

    /** The stage shares; {@code kept} (the file's path, when kept) is named in the summary. */
    Map<String, Object> summary(Path kept) throws IOException {
        Map<String, Object> out = ProfileSummary.of(file);
        if (kept != null) {
            out.put("jfr_file", kept.toString());
        }
        return out;
    }
}

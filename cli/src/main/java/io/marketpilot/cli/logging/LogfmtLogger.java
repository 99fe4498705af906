package io.marketpilot.cli.logging;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;
import org.slf4j.event.Level;
import org.slf4j.event.LoggingEvent;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.LoggingEventAware;

/** One named logger. Receives fluent events whole, so their key-values become logfmt pairs. */
final class LogfmtLogger extends LegacyAbstractLogger implements LoggingEventAware {
    private static final long serialVersionUID = 1L;

    private final transient Supplier<LogLevels> levels;
    private final transient LogSink sink;
    private final transient Clock clock;
    private transient volatile Cached cached;

    private record Cached(LogLevels levels, int threshold) {}

    LogfmtLogger(String name, Supplier<LogLevels> levels, LogSink sink, Clock clock) {
        this.name = name;
        this.levels = levels;
        this.sink = sink;
        this.clock = clock;
    }

    private boolean enabled(Level level) {
        LogLevels current = levels.get();
        Cached c = cached;
        if (c == null || c.levels() != current) {
            c = new Cached(current, current.thresholdFor(name));
            cached = c;
        }
        return level.toInt() >= c.threshold();
    }

    @Override public boolean isTraceEnabled() { return enabled(Level.TRACE); }
    @Override public boolean isDebugEnabled() { return enabled(Level.DEBUG); }
    @Override public boolean isInfoEnabled() { return enabled(Level.INFO); }
    @Override public boolean isWarnEnabled() { return enabled(Level.WARN); }
    @Override public boolean isErrorEnabled() { return enabled(Level.ERROR); }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] args,
                                               Throwable error) {
        write(level, pattern, args, List.of(), error);
    }

    @Override
    public void log(LoggingEvent event) {
        if (!enabled(event.getLevel())) {
            return;
        }
        Object[] args = event.getArgumentArray();
        Throwable error = event.getThrowable();
        if (error == null) {
            Throwable candidate = MessageFormatter.getThrowableCandidate(args);
            if (candidate != null) {
                error = candidate;
                args = MessageFormatter.trimmedCopy(args);
            }
        }
        List<KeyValuePair> pairs = event.getKeyValuePairs();
        write(event.getLevel(), event.getMessage(), args, pairs == null ? List.of() : pairs, error);
    }

    private void write(Level level, String pattern, Object[] args, List<KeyValuePair> pairs, Throwable error) {
        String message = args == null || args.length == 0 ? pattern : MessageFormatter.basicArrayFormat(pattern, args);
        sink.write(Logfmt.line(clock.instant(), level, name, message, pairs, error));
    }
}

package io.marketpilot.cli.logging;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * SLF4J 2 provider writing logfmt to stderr. Levels start from {@code MARKETPILOT_LOG_LEVEL} (see
 * {@link #configure}) and may be changed while running; loggers pick up a change on their next call.
 */
public final class LogfmtProvider implements SLF4JServiceProvider {
    /** The environment variable holding a level spec such as {@code debug} or {@code info,org.eclipse.jetty=debug}. */
    public static final String ENV = "MARKETPILOT_LOG_LEVEL";

    private static volatile LogLevels levels = initialLevels();

    private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();
    private final ILoggerFactory factory =
            name -> loggers.computeIfAbsent(name, n -> new LogfmtLogger(n, () -> levels, LogSink.STDERR, Clock.systemUTC()));

    /**
     * Replaces the levels with a spec: a bare level applies to {@code io.marketpilot}, {@code *=level} to every
     * other logger, {@code prefix=level} to a logger-name prefix. Throws on an unknown level name.
     */
    public static void configure(String spec) {
        levels = LogLevels.parse(spec);
    }

    /** Lowers the product's loggers to DEBUG, keeping everything else. */
    public static void verbose() {
        levels = levels.verbose();
    }

    private static LogLevels initialLevels() {
        try {
            return LogLevels.parse(System.getenv(ENV));
        } catch (IllegalArgumentException e) {
            System.err.println("marketpilot: ignoring " + ENV + ": " + e.getMessage());
            return LogLevels.defaults();
        }
    }

    @Override public ILoggerFactory getLoggerFactory() { return factory; }
    @Override public IMarkerFactory getMarkerFactory() { return markers; }
    @Override public MDCAdapter getMDCAdapter() { return mdc; }
    @Override public String getRequestedApiVersion() { return "2.0.99"; }
    @Override public void initialize() { }
}

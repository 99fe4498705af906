package io.marketpilot.engine.segment;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Lets time pass for the online segments: every tick, customers whose windows expire are re-evaluated. */
final class ExpiryTicker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ExpiryTicker.class);
    private final ScheduledExecutorService timer;

    private ExpiryTicker(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    static ExpiryTicker start(Runnable advance, Duration every) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "segment-expiry");
            t.setDaemon(true);
            return t;
        });
        long ms = Math.max(1, every.toMillis());
        timer.scheduleWithFixedDelay(() -> {
            try {
                advance.run();
            } catch (RuntimeException e) {
                // the next tick retries; memberships stay as they were, nothing is half-applied
                LOG.atWarn().setCause(e).log("segment expiry tick failed");
            }
        }, ms, ms, TimeUnit.MILLISECONDS);
        return new ExpiryTicker(timer);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}

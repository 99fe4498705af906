package io.marketpilot.engine.recommend;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retrains the recommendation models every interval on one background thread. A failed run is logged and the
 * active model keeps serving; the next run tries again. Runs never overlap (the lifecycle trains one at a time).
 */
public final class RetrainSchedule implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RetrainSchedule.class);

    private final ScheduledExecutorService timer;

    private RetrainSchedule(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    public static RetrainSchedule start(ModelLifecycle lifecycle, Duration every) {
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("retraining interval must be positive, was " + every);
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "retrain");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> run(lifecycle), every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return new RetrainSchedule(timer);
    }

    private static void run(ModelLifecycle lifecycle) {
        try {
            TrainingOutcome o = lifecycle.train(f -> { });
            LOG.atInfo().addKeyValue("version", o.version()).addKeyValue("promoted", o.promoted())
                .addKeyValue("ndcg10", o.metric("NDCG@10")).addKeyValue("seconds", o.took().toSeconds())
                .log("scheduled retraining: " + o.reason());
        } catch (RuntimeException e) {
            LOG.atWarn().setCause(e).log("scheduled retraining failed; the active model keeps serving");
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}

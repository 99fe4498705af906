package io.marketpilot.bench.sparkals;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * The one local Spark session of this JVM, started on first use and reused by every training: starting Spark
 * costs seconds, which must not be charged to each fit. Spark registers its own shutdown hook that stops the
 * session at exit; {@link #stop()} is for callers that want it gone earlier.
 */
final class LocalSpark {
    /** Two worker threads: the peers ran {@code local[2]} on the same 2-core machines. */
    static final String MASTER = "local[2]";

    private static SparkSession session;

    private LocalSpark() {}

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder()
                .appName("marketpilot-bench-spark-als")
                .master(MASTER)
                .config("spark.ui.enabled", "false")
                // bind to loopback even when SPARK_LOCAL_IP is not exported (Spark reads it only from the env)
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                // no cluster to spread over: the SQL default of 200 shuffle partitions only adds task overhead
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.default.parallelism", "2")
                .getOrCreate();
        }
        return session;
    }

    static synchronized boolean running() {
        return session != null;
    }

    static synchronized void stop() {
        if (session != null) {
            session.stop();
            session = null;
        }
    }

    /** Drops every cached RDD and table, so a long tuning loop does not pile up factor blocks of old fits. */
    static synchronized void releaseCaches() {
        if (session != null) {
            session.catalog().clearCache();
            JavaSparkContext.fromSparkContext(session.sparkContext()).getPersistentRDDs().values()
                .forEach(rdd -> rdd.unpersist(true));
        }
    }
}

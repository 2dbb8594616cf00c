package dev.nabla.spark;

import org.apache.spark.sql.SparkSession;

/** The one local Spark session the tests share: two worker threads, no UI. */
public final class LocalSpark {
    private LocalSpark() {}

    private static SparkSession session;

    /** The session, started on first use. */
    public static synchronized SparkSession get() {
        if (session == null) {
            session = SparkSession.builder().master("local[2]").appName("nabla-spark-test")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.driver.host", "127.0.0.1")
                    .getOrCreate();
            session.sparkContext().setLogLevel("WARN");
        }
        return session;
    }
}

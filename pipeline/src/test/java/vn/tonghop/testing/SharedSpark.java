package vn.tonghop.testing;

import org.apache.spark.sql.SparkSession;

/** One local[2] SparkSession per test JVM, started on first use and stopped when the JVM exits. */
public final class SharedSpark {
    private static SparkSession session;

    private SharedSpark() {
    }

    public static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder().master("local[2]").appName("tonghop-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.sql.session.timeZone", "Asia/Ho_Chi_Minh")
                    .config("spark.sql.debug.maxToStringFields", 1000)
                    .getOrCreate();
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
        }
        return session;
    }
}

package vn.tonghop.cli;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Option;

/**
 * Options and start-up of the SparkSession: local[*] by default; under spark-submit the master it
 * sets wins unless --master is given. The same jar runs on a cluster.
 */
final class SparkRuntime {
    @Option(names = "--master", paramLabel = "URL", description = "Spark master (mặc định local[*]; khi chạy bằng spark-submit: theo spark-submit).")
    String master;

    @Option(names = "--shuffle-partitions", paramLabel = "N", defaultValue = "8",
            description = "Số phân vùng khi trộn dữ liệu (mặc định 8; tăng khi chạy trên cụm lớn).")
    int shufflePartitions;

    SparkSession start() {
        SparkConf conf = new SparkConf(true);
        SparkSession.Builder builder = SparkSession.builder().appName("tonghop")
                .config("spark.sql.shuffle.partitions", shufflePartitions)
                .config("spark.sql.session.timeZone", CommonOptions.VIETNAM.getId())
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.debug.maxToStringFields", 1000);
        if (master != null) {
            builder.master(master);
        } else if (!conf.contains("spark.master")) {
            builder.master("local[*]").config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1");
        }
        SparkSession spark = builder.getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }
}

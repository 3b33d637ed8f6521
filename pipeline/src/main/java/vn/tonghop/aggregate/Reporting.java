package vn.tonghop.aggregate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Expected reports, their timeliness, and reporting counts per unit and subtree. Pure transforms. */
public final class Reporting {
    static final String[] PERIOD_KEY = {"ma_ke_hoach", "ke_hoach", "ky_bao_cao", "nam"};

    private Reporting() {
    }

    /** Units in the subtree of each period's rule root (root included): (period columns..., ma_don_vi, loai_chuan). */
    public static Dataset<Row> scope(Dataset<Row> periods, Dataset<Row> closure, Dataset<Row> snapshots) {
        Dataset<Row> inTree = periods.join(closure.withColumnRenamed("ngay_chot", "c_ngay"),
                        col("c_ngay").equalTo(col("ngay_chot")).and(col("ma_to_tien").equalTo(col("goc_cay"))))
                .drop("c_ngay", "ma_to_tien", "do_sau");
        Dataset<Row> kinds = snapshots.select(col("ngay_chot").as("s_ngay"), col("ma_don_vi").as("s_don_vi"), col("loai_chuan"));
        return inTree.join(kinds, col("s_ngay").equalTo(col("ngay_chot")).and(col("s_don_vi").equalTo(col("ma_don_vi"))))
                .drop("s_ngay", "s_don_vi");
    }

    /** Expected reports: strict descendants of the root whose kind the plan's rule names. */
    public static Dataset<Row> expected(Dataset<Row> scope, Dataset<Row> ruleKinds) {
        Dataset<Row> kinds = ruleKinds.select(col("ma_ke_hoach").as("r_ke_hoach"), col("loai_chuan").as("r_loai"));
        return scope.where(col("ma_don_vi").notEqual(col("goc_cay")))
                .join(kinds, col("r_ke_hoach").equalTo(col("ma_ke_hoach")).and(col("r_loai").equalTo(col("loai_chuan"))))
                .drop("r_ke_hoach", "r_loai");
    }

    /** Submissions that count: at least one accepted row, dated on or before the as-of date. */
    public static Dataset<Row> counted(Dataset<Row> submissions, LocalDate asOf) {
        return submissions.where(col("so_dong_nhan").gt(0).and(col("ngay_nop").isNotNull())
                .and(col("ngay_nop").leq(lit(Date.valueOf(asOf)))));
    }

    /** One row per expected report and per unexpected report received, with its status (docs/aggregation.md). */
    public static Dataset<Row> reporting(Dataset<Row> periods, Dataset<Row> expected, Dataset<Row> counted, LocalDate asOf) {
        Column order = struct(col("ngay_nop"), col("thu_tu_nap"), col("tep_nguon"), col("ma_lan_nop"));
        Dataset<Row> received = counted.groupBy(col("ma_ke_hoach").as("n_ke_hoach"), col("ky_bao_cao").as("n_ky"),
                        col("ma_don_vi").as("n_don_vi"))
                .agg(min(order).as("dau"), max(order).as("cuoi"), count(lit(1)).as("so_lan_nop"));
        Dataset<Row> expectedKeys = expected.select(col("ma_ke_hoach").as("x_ke_hoach"), col("ky_bao_cao").as("x_ky"),
                col("ma_don_vi").as("x_don_vi"), lit(true).as("ky_vong"));
        Dataset<Row> keys = expectedKeys.join(received, col("x_ke_hoach").equalTo(col("n_ke_hoach"))
                        .and(col("x_ky").equalTo(col("n_ky"))).and(col("x_don_vi").equalTo(col("n_don_vi"))), "full_outer")
                .select(coalesce(col("x_ke_hoach"), col("n_ke_hoach")).as("k_ke_hoach"), coalesce(col("x_ky"), col("n_ky")).as("k_ky"),
                        coalesce(col("x_don_vi"), col("n_don_vi")).as("ma_don_vi"), coalesce(col("ky_vong"), lit(false)).as("ky_vong"),
                        col("dau"), col("cuoi"), col("so_lan_nop"));
        Date asOfDate = Date.valueOf(asOf);
        Column first = col("dau.ngay_nop");
        Column status = when(first.isNotNull().and(first.leq(col("han_nop"))), lit("dung_han"))
                .when(first.isNotNull(), lit("tre_han"))
                .when(col("han_nop").lt(lit(asOfDate)), lit("chua_nop"))
                .otherwise(lit("chua_den_han"));
        Column late = when(first.isNotNull().and(first.gt(col("han_nop"))), datediff(first, col("han_nop")))
                .when(first.isNull().and(col("han_nop").lt(lit(asOfDate))), datediff(lit(asOfDate), col("han_nop")));
        return periods.join(keys, col("k_ke_hoach").equalTo(col("ma_ke_hoach")).and(col("k_ky").equalTo(col("ky_bao_cao"))))
                .select(col("ma_don_vi"), col("ma_ke_hoach"), col("ke_hoach"), col("ky_bao_cao"), col("nam"), col("han_nop"),
                        col("ngay_chot"), col("ky_vong"), first.as("ngay_nop"), col("cuoi.ngay_nop").as("ngay_nop_cuoi"),
                        col("cuoi.ma_lan_nop").as("ma_lan_nop_cuoi"), coalesce(col("so_lan_nop"), lit(0L)).as("so_lan_nop"),
                        status.as("trang_thai"), late.cast("int").as("so_ngay_tre"));
    }

    /** Counts per unit of the scope, for the unit itself (rieng) and its subtree (cay). Expected reports only. */
    public static Dataset<Row> summary(Dataset<Row> reporting, Dataset<Row> scope, Dataset<Row> closure, LocalDate asOf) {
        Date asOfDate = Date.valueOf(asOf);
        Dataset<Row> expectedOnly = reporting.where(col("ky_vong"));
        Dataset<Row> own = expectedOnly.withColumn("ma_don_vi_tong_hop", col("ma_don_vi")).withColumn("pham_vi", lit("rieng"));
        Dataset<Row> up = expectedOnly.join(closure.select(col("ngay_chot").as("c_ngay"), col("ma_don_vi").as("c_don_vi"),
                                col("ma_to_tien").as("ma_don_vi_tong_hop")),
                        col("c_ngay").equalTo(col("ngay_chot")).and(col("c_don_vi").equalTo(col("ma_don_vi"))))
                .drop("c_ngay", "c_don_vi").withColumn("pham_vi", lit("cay"));
        // due by the as-of date; a report due that very day and not yet in is still within its time
        Column due = col("han_nop").leq(lit(asOfDate)).and(col("trang_thai").notEqual("chua_den_han"));
        Dataset<Row> counts = own.unionByName(up).groupBy(col("ma_don_vi_tong_hop"), col("ma_ke_hoach").as("t_ke_hoach"),
                        col("ky_bao_cao").as("t_ky"), col("pham_vi"))
                .agg(sum(when(due, 1).otherwise(0)).as("ky_vong"),
                        sum(when(due.and(col("trang_thai").isin("dung_han", "tre_han")), 1).otherwise(0)).as("da_nop"),
                        sum(when(due.and(col("trang_thai").equalTo("dung_han")), 1).otherwise(0)).as("dung_han"),
                        sum(when(due.and(col("trang_thai").equalTo("tre_han")), 1).otherwise(0)).as("tre_han"),
                        sum(when(due.and(col("trang_thai").equalTo("chua_nop")), 1).otherwise(0)).as("chua_nop"),
                        sum(when(col("trang_thai").equalTo("chua_den_han"), 1).otherwise(0)).as("chua_den_han"));
        Dataset<Row> units = scope.select(col("ma_don_vi"), col("ma_ke_hoach"), col("ke_hoach"), col("ky_bao_cao"), col("nam"),
                col("han_nop")).crossJoin(scope.sparkSession().createDataset(java.util.List.of("rieng", "cay"),
                org.apache.spark.sql.Encoders.STRING()).toDF("pham_vi_u"));
        Dataset<Row> joined = units.join(counts, col("ma_don_vi_tong_hop").equalTo(col("ma_don_vi"))
                .and(col("t_ke_hoach").equalTo(col("ma_ke_hoach"))).and(col("t_ky").equalTo(col("ky_bao_cao")))
                .and(col("pham_vi").equalTo(col("pham_vi_u"))), "left");
        Column expectedCount = coalesce(col("ky_vong"), lit(0L));
        return joined.select(col("ma_don_vi"), col("ma_ke_hoach"), col("ke_hoach"), col("ky_bao_cao"), col("nam"), col("han_nop"),
                col("pham_vi_u").as("pham_vi"), expectedCount.cast("long").as("ky_vong"),
                zero("da_nop"), zero("dung_han"), zero("tre_han"), zero("chua_nop"), zero("chua_den_han"),
                rate("da_nop", expectedCount).as("ty_le_nop"), rate("dung_han", expectedCount).as("ty_le_dung_han"));
    }

    private static Column zero(String name) {
        return coalesce(col(name), lit(0L)).cast("long").as(name);
    }

    private static Column rate(String name, Column expected) {
        return when(expected.gt(0), coalesce(col(name), lit(0L)).cast("double").divide(expected.cast("double")));
    }
}

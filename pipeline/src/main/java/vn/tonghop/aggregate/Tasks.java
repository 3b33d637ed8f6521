package vn.tonghop.aggregate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Task status per unit and period, group tasks from their leaves, and counts per subtree. Pure transforms. */
public final class Tasks {
    private static final String[] OUT = {"ma_don_vi", "ma_ke_hoach", "ke_hoach", "ky_bao_cao", "nam", "ma_muc", "la_nhom",
            "trang_thai", "phan_tram", "ghi_chu", "hoan_thanh_ky", "han_chot", "ngay_hoan_thanh", "tien_do_han"};

    private Tasks() {
    }

    /**
     * Who reports which leaf task: designated (lead, coordinating) units valid on the cut-off for
     * tasks that name them, every expected unit for the others.
     */
    public static Dataset<Row> expectedTaskReports(Dataset<Row> tasks, Dataset<Row> expected, Dataset<Row> periods,
                                                   Dataset<Row> snapshots) {
        Dataset<Row> leaves = tasks.where(col("la_la"));
        Dataset<Row> open = leaves.where(size(col("don_vi_chi_dinh")).equalTo(0)).withColumnRenamed("ma_ke_hoach", "t_ke_hoach");
        Dataset<Row> byAll = expected.select("ma_don_vi", "ma_ke_hoach", "ke_hoach", "ky_bao_cao", "nam", "ngay_chot")
                .join(open, col("t_ke_hoach").equalTo(col("ma_ke_hoach"))).drop("t_ke_hoach");
        Dataset<Row> designated = leaves.where(size(col("don_vi_chi_dinh")).gt(0))
                .select(col("ma_ke_hoach").as("t_ke_hoach"), col("ma_muc"), col("la_la"), col("thuong_xuyen"), col("han_chot"),
                        col("don_vi_chi_dinh"), explode(col("don_vi_chi_dinh")).as("t_don_vi"));
        Dataset<Row> valid = snapshots.select(col("ngay_chot").as("s_ngay"), col("ma_don_vi").as("s_don_vi"));
        Dataset<Row> byDesignated = periods.select("ma_ke_hoach", "ke_hoach", "ky_bao_cao", "nam", "ngay_chot")
                .join(designated, col("t_ke_hoach").equalTo(col("ma_ke_hoach")))
                .join(valid, col("s_ngay").equalTo(col("ngay_chot")).and(col("s_don_vi").equalTo(col("t_don_vi"))))
                .select(col("t_don_vi").as("ma_don_vi"), col("ma_ke_hoach"), col("ke_hoach"), col("ky_bao_cao"), col("nam"),
                        col("ngay_chot"), col("ma_muc"),
                        col("la_la"), col("thuong_xuyen"), col("han_chot"), col("don_vi_chi_dinh"));
        return byAll.unionByName(byDesignated);
    }

    /** Leaf task rows: status from the report's latest counted submission (docs/aggregation.md). */
    public static Dataset<Row> leafStatuses(Dataset<Row> taskReports, Dataset<Row> reporting, Dataset<Row> accepted,
                                            Dataset<Row> counted, LocalDate asOf) {
        Dataset<Row> content = reporting.select(col("ma_ke_hoach").as("r_ke_hoach"), col("ky_bao_cao").as("r_ky"),
                col("ma_don_vi").as("r_don_vi"), col("ma_lan_nop_cuoi"));
        Dataset<Row> taskRows = accepted.where(col("loai_muc").equalTo("nhiem_vu"))
                .select(col("ma_lan_nop").as("a_lan_nop"), col("ma_muc").as("a_muc"), col("trang_thai").as("a_trang_thai"),
                        col("phan_tram"), col("ghi_chu"));
        Dataset<Row> doneDates = accepted.where(col("loai_muc").equalTo("nhiem_vu").and(col("trang_thai").equalTo("hoan_thanh")))
                .select(col("ma_lan_nop").as("d_lan_nop"), col("ma_muc").as("d_muc"))
                .join(counted.select(col("ma_lan_nop").as("c_lan_nop"), col("ma_don_vi").as("d_don_vi"),
                        col("ma_ke_hoach").as("d_ke_hoach"), col("ky_bao_cao").as("d_ky"), col("ngay_nop")),
                        col("c_lan_nop").equalTo(col("d_lan_nop")))
                .groupBy("d_don_vi", "d_ke_hoach", "d_ky", "d_muc").agg(min("ngay_nop").as("ngay_hoan_thanh_som"));
        Dataset<Row> withContent = taskReports.join(content, col("r_ke_hoach").equalTo(col("ma_ke_hoach"))
                        .and(col("r_ky").equalTo(col("ky_bao_cao"))).and(col("r_don_vi").equalTo(col("ma_don_vi"))), "left")
                .join(taskRows, col("a_lan_nop").equalTo(col("ma_lan_nop_cuoi")).and(col("a_muc").equalTo(col("ma_muc"))), "left")
                .join(doneDates, col("d_don_vi").equalTo(col("ma_don_vi")).and(col("d_ke_hoach").equalTo(col("ma_ke_hoach")))
                        .and(col("d_ky").equalTo(col("ky_bao_cao"))).and(col("d_muc").equalTo(col("ma_muc"))), "left");
        Column status = coalesce(col("a_trang_thai"), lit("khong_bao_cao"));
        Column doneForPeriod = status.equalTo("hoan_thanh").or(col("thuong_xuyen").and(status.equalTo("dang_thuc_hien")));
        Column doneOn = when(status.equalTo("hoan_thanh").and(col("han_chot").isNotNull()), col("ngay_hoan_thanh_som"));
        Date asOfDate = Date.valueOf(asOf);
        Column progress = when(col("han_chot").isNull(), lit(null).cast("string"))
                .when(doneOn.isNotNull().and(doneOn.leq(col("han_chot"))), lit("dung_han"))
                .when(doneOn.isNotNull(), lit("tre_han"))
                .when(col("han_chot").lt(lit(asOfDate)), lit("qua_han"))
                .otherwise(lit("chua_den_han"));
        return withContent.select(col("ma_don_vi"), col("ma_ke_hoach"), col("ke_hoach"), col("ky_bao_cao"), col("nam"),
                col("ma_muc"), lit(false).as("la_nhom"), status.as("trang_thai"), col("phan_tram"), col("ghi_chu"),
                doneForPeriod.as("hoan_thanh_ky"),
                col("han_chot"), doneOn.as("ngay_hoan_thanh"), progress.as("tien_do_han"), col("ngay_chot"));
    }

    /** Group task rows per unit, derived from that unit's expected leaves below each group. */
    public static Dataset<Row> groupStatuses(Dataset<Row> leafRows, Dataset<Row> taskGroups, Dataset<Row> tasks) {
        Dataset<Row> groups = taskGroups.select(col("ma_ke_hoach").as("g_ke_hoach"), col("ma_muc_la"), col("ma_nhom"));
        Dataset<Row> deadlines = tasks.select(col("ma_ke_hoach").as("h_ke_hoach"), col("ma_muc").as("h_muc"), col("han_chot").as("han_nhom"));
        Column reported = col("trang_thai").notEqual("khong_bao_cao");
        Dataset<Row> counts = leafRows.join(groups, col("g_ke_hoach").equalTo(col("ma_ke_hoach")).and(col("ma_muc_la").equalTo(col("ma_muc"))))
                .groupBy("ma_don_vi", "ma_ke_hoach", "ke_hoach", "ky_bao_cao", "nam", "ngay_chot", "ma_nhom")
                .agg(count(lit(1)).as("n"), sum(when(col("hoan_thanh_ky"), 1).otherwise(0)).as("n_xong"),
                        sum(when(reported, 1).otherwise(0)).as("n_bao_cao"),
                        sum(when(col("trang_thai").equalTo("chua_thuc_hien"), 1).otherwise(0)).as("n_chua"));
        Column status = when(col("n_xong").equalTo(col("n")), lit("hoan_thanh"))
                .when(col("n_bao_cao").equalTo(0), lit("khong_bao_cao"))
                .when(col("n_chua").equalTo(col("n_bao_cao")), lit("chua_thuc_hien"))
                .otherwise(lit("dang_thuc_hien"));
        return counts.join(deadlines, col("h_ke_hoach").equalTo(col("ma_ke_hoach")).and(col("h_muc").equalTo(col("ma_nhom"))))
                .select(col("ma_don_vi"), col("ma_ke_hoach"), col("ke_hoach"), col("ky_bao_cao"), col("nam"),
                        col("ma_nhom").as("ma_muc"), lit(true).as("la_nhom"), status.as("trang_thai"),
                        lit(null).cast("double").as("phan_tram"), lit(null).cast("string").as("ghi_chu"),
                        status.equalTo("hoan_thanh").as("hoan_thanh_ky"),
                        col("han_nhom").as("han_chot"), lit(null).cast("date").as("ngay_hoan_thanh"),
                        lit(null).cast("string").as("tien_do_han"), col("ngay_chot"));
    }

    /** The published tasks dataset: leaf and group rows, without the working cut-off column. */
    public static Dataset<Row> published(Dataset<Row> leafAndGroupRows) {
        return leafAndGroupRows.select(java.util.Arrays.stream(OUT).map(org.apache.spark.sql.functions::col).toArray(Column[]::new));
    }

    /** Counts per unit itself (rieng) and per subtree (cay), over leaf and group rows. */
    public static Dataset<Row> summary(Dataset<Row> leafAndGroupRows, Dataset<Row> closure) {
        Dataset<Row> own = leafAndGroupRows.withColumn("ma_don_vi_tong_hop", col("ma_don_vi")).withColumn("pham_vi", lit("rieng"));
        Dataset<Row> up = leafAndGroupRows.join(closure.select(col("ngay_chot").as("c_ngay"), col("ma_don_vi").as("c_don_vi"),
                                col("ma_to_tien").as("ma_don_vi_tong_hop")),
                        col("c_ngay").equalTo(col("ngay_chot")).and(col("c_don_vi").equalTo(col("ma_don_vi"))))
                .drop("c_ngay", "c_don_vi").withColumn("pham_vi", lit("cay"));
        return own.unionByName(up).groupBy(col("ma_don_vi_tong_hop").as("ma_don_vi"), col("ma_ke_hoach"), col("ke_hoach"),
                        col("ky_bao_cao"), col("nam"), col("ma_muc"), col("la_nhom"), col("pham_vi"))
                .agg(count(lit(1)).as("so_bao_cao"), countOf("hoan_thanh"), countOf("dang_thuc_hien"), countOf("chua_thuc_hien"),
                        countOf("khong_bao_cao"), sum(when(col("hoan_thanh_ky"), 1L).otherwise(0L)).as("hoan_thanh_ky"),
                        progressOf("dung_han"), progressOf("tre_han"), progressOf("qua_han"))
                .withColumn("ty_le_hoan_thanh", col("hoan_thanh_ky").cast("double").divide(col("so_bao_cao").cast("double")))
                .select("ma_don_vi", "ma_ke_hoach", "ke_hoach", "ky_bao_cao", "nam", "ma_muc", "la_nhom", "pham_vi", "so_bao_cao",
                        "hoan_thanh", "dang_thuc_hien", "chua_thuc_hien", "khong_bao_cao", "hoan_thanh_ky", "ty_le_hoan_thanh",
                        "dung_han", "tre_han", "qua_han");
    }

    private static Column countOf(String status) {
        return sum(when(col("trang_thai").equalTo(status), 1L).otherwise(0L)).as(status);
    }

    /** Deadline counts exist only for tasks with a deadline: null, not 0, for the others. */
    private static Column progressOf(String progress) {
        return when(max(col("han_chot")).isNotNull(), sum(when(col("tien_do_han").equalTo(progress), 1L).otherwise(0L))).as(progress);
    }
}

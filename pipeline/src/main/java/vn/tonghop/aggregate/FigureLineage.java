package vn.tonghop.aggregate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The lineage dataset: every published figure with the submissions and report rows it was computed
 * from (docs/aggregation.md, "lineage"). One row per (figure, source). Pure transforms.
 */
public final class FigureLineage {
    /** Published columns: the figure, then its source. */
    static final String[] COLUMNS = {"so_lieu", "ma_ke_hoach", "ke_hoach", "ky_bao_cao", "nam", "ma_don_vi", "ma_muc",
            "ma_don_vi_nguon", "ky_bao_cao_nguon", "ma_lan_nop", "ngay_nop", "tep_nguon", "so_dong", "ma_muc_nguon", "vai_tro",
            "trang_thai", "gia_tri", "so_don_vi"};

    private FigureLineage() {
    }

    /** All figures: reporting status, task status, own and rolled-up indicator values. */
    public static Dataset<Row> of(Dataset<Row> reporting, Dataset<Row> counted, Dataset<Row> allTasks, Dataset<Row> taskGroups,
                                  Dataset<Row> accepted, Dataset<Row> own, Dataset<Row> subtreeTotals, Dataset<Row> indicators,
                                  Dataset<Row> closure) {
        return reportingStatus(reporting, counted).unionByName(taskStatus(allTasks, taskGroups, reporting, accepted))
                .unionByName(indicatorValues(own, reporting, accepted, subtreeTotals, indicators, closure));
    }

    /** A unit's reporting status comes from all its counted submissions (the first one dates it). */
    static Dataset<Row> reportingStatus(Dataset<Row> reporting, Dataset<Row> counted) {
        Dataset<Row> submissions = counted.select(col("ma_ke_hoach").as("s_ke_hoach"), col("ky_bao_cao").as("s_ky"),
                col("ma_don_vi").as("s_don_vi"), col("ma_lan_nop"), col("ngay_nop").as("s_ngay_nop"), col("tep_nguon"));
        return reporting.join(submissions, col("s_ke_hoach").equalTo(col("ma_ke_hoach")).and(col("s_ky").equalTo(col("ky_bao_cao")))
                        .and(col("s_don_vi").equalTo(col("ma_don_vi"))))
                .withColumn("so_lieu", lit("nop_bao_cao")).withColumn("ma_muc", lit(null).cast("string"))
                .withColumn("ma_don_vi_nguon", col("ma_don_vi")).withColumn("ky_bao_cao_nguon", col("ky_bao_cao"))
                .withColumn("ngay_nop", col("s_ngay_nop")).withColumn("so_dong", lit(null).cast("int"))
                .withColumn("ma_muc_nguon", lit(null).cast("string")).withColumn("vai_tro", lit("lan_nop"))
                .withColumn("trang_thai", lit(null).cast("string")).withColumn("gia_tri", lit(null).cast("double"))
                .withColumn("so_don_vi", lit(null).cast("long")).select(published());
    }

    /** A leaf task's status is its row in the report's content; a group task's, the rows of its leaves. */
    static Dataset<Row> taskStatus(Dataset<Row> allTasks, Dataset<Row> taskGroups, Dataset<Row> reporting, Dataset<Row> accepted) {
        Dataset<Row> taskRows = accepted.where(col("loai_muc").equalTo("nhiem_vu"))
                .select(col("ma_lan_nop"), col("ma_muc").as("ma_muc_nguon"), col("trang_thai"), col("tep_nguon"), col("so_dong"),
                        col("ngay_nop"));
        Dataset<Row> figures = allTasks.where(col("la_nhom").equalTo(false))
                .select("ma_don_vi", "ma_ke_hoach", "ke_hoach", "ky_bao_cao", "nam", "ma_muc");
        Dataset<Row> leaves = withContent(figures, reporting)
                .join(taskRows, col("ma_lan_nop").equalTo(col("ma_lan_nop_cuoi")).and(col("ma_muc_nguon").equalTo(col("ma_muc"))))
                .withColumn("so_lieu", lit("nhiem_vu")).withColumn("ma_don_vi_nguon", col("ma_don_vi"))
                .withColumn("ky_bao_cao_nguon", col("ky_bao_cao")).withColumn("vai_tro", lit("trang_thai"))
                .withColumn("gia_tri", lit(null).cast("double")).withColumn("so_don_vi", lit(null).cast("long")).select(published());
        Dataset<Row> groups = taskGroups.select(col("ma_ke_hoach").as("g_ke_hoach"), col("ma_muc_la"), col("ma_nhom"));
        Dataset<Row> groupRows = leaves.join(groups, col("g_ke_hoach").equalTo(col("ma_ke_hoach")).and(col("ma_muc_la").equalTo(col("ma_muc"))))
                .withColumn("ma_muc", col("ma_nhom")).select(published());
        return leaves.unionByName(groupRows);
    }

    /**
     * Own values from the unit's rows (both halves' rows for a year derived from them). A rolled-up
     * value from the unit's own rows and, per direct child with data below it, the child's subtree
     * totals (whose own lineage goes on down): so a figure has as many sources as the unit has
     * children, however deep the tree, and the sources add up to the value.
     */
    static Dataset<Row> indicatorValues(Dataset<Row> own, Dataset<Row> reporting, Dataset<Row> accepted, Dataset<Row> subtreeTotals,
                                        Dataset<Row> indicators, Dataset<Row> closure) {
        Dataset<Row> rows = accepted.where(col("loai_muc").equalTo("chi_tieu"))
                .select(col("ma_lan_nop"), col("ma_muc").as("ma_muc_nguon"), col("gia_tri"), col("tep_nguon"), col("so_dong"),
                        col("ngay_nop"));
        Dataset<Row> withData = own.where(col("co_so_lieu")).drop("gia_tri", "tu", "mau");
        Column share = col("tong_hop").equalTo("share");
        Dataset<Row> reported = withData.where(col("ky_h2").isNull());
        Dataset<Row> roles = role(reported.where(share), "tu_so", "tu_so").unionByName(role(reported.where(share), "mau_so", "mau_so"))
                .unionByName(role(reported.where(org.apache.spark.sql.functions.not(share)), "ma_chi_tieu", "gia_tri"));
        Dataset<Row> ownRows = withContent(roles, reporting)
                .join(rows, col("ma_lan_nop").equalTo(col("ma_lan_nop_cuoi")).and(col("ma_muc_nguon").equalTo(col("muc_can"))))
                .withColumn("ma_don_vi_nguon", col("ma_don_vi")).withColumn("ky_bao_cao_nguon", col("ky_bao_cao"));
        Dataset<Row> derived = withData.where(col("ky_h2").isNotNull())
                .select(col("ma_ke_hoach").as("d_ke_hoach"), col("ke_hoach").as("d_slug"), col("ky_bao_cao").as("d_ky"),
                        col("nam").as("d_nam"), col("ma_don_vi").as("d_don_vi"), col("ma_chi_tieu").as("d_chi_tieu"),
                        col("ngay_chot").as("d_ngay"), col("ky_h1").as("d_h1"), col("ky_h2").as("d_h2"), col("theo_thoi_gian").as("d_theo"));
        Dataset<Row> halves = derived.join(ownRows, col("d_ke_hoach").equalTo(col("ma_ke_hoach"))
                        .and(col("d_don_vi").equalTo(col("ma_don_vi"))).and(col("d_chi_tieu").equalTo(col("ma_chi_tieu")))
                        .and(col("ky_bao_cao").equalTo(col("d_h2"))
                                .or(col("d_theo").equalTo("sum").and(col("ky_bao_cao").equalTo(col("d_h1"))))))
                .withColumn("ke_hoach", col("d_slug")).withColumn("ky_bao_cao", col("d_ky")).withColumn("nam", col("d_nam"))
                .withColumn("ngay_chot", col("d_ngay"));
        Dataset<Row> ownAll = ownRows.select(withCutOff()).unionByName(halves.select(withCutOff()))
                .withColumn("ma_muc", col("ma_chi_tieu")).withColumn("trang_thai", lit(null).cast("string"))
                .withColumn("so_don_vi", lit(null).cast("long"));

        Dataset<Row> figures = indicators.where(col("gia_tri_tong_hop").isNotNull())
                .select(col("ma_ke_hoach").as("f_ke_hoach"), col("ky_bao_cao").as("f_ky"), col("ma_don_vi").as("f_don_vi"),
                        col("ma_chi_tieu").as("f_chi_tieu"));
        Dataset<Row> rolled = ownAll.select(Arrays.stream(COLUMNS).skip(1).map(org.apache.spark.sql.functions::col).toArray(Column[]::new))
                .unionByName(childTotals(own, subtreeTotals, closure))
                .join(figures, col("f_ke_hoach").equalTo(col("ma_ke_hoach")).and(col("f_ky").equalTo(col("ky_bao_cao")))
                        .and(col("f_don_vi").equalTo(col("ma_don_vi"))).and(col("f_chi_tieu").equalTo(col("ma_muc"))), "left_semi")
                .withColumn("so_lieu", lit("chi_tieu_tong_hop"));
        return ownAll.withColumn("so_lieu", lit("chi_tieu")).select(published()).unionByName(rolled.select(published()));
    }

    /**
     * Each direct child's subtree totals as sources of its parent's rolled-up value: the sum of own
     * values (tong_cay), or the sums of numerators and denominators (tu_so_cay, mau_so_cay), with
     * the number of units with data (so_don_vi), so averages add up too.
     */
    private static Dataset<Row> childTotals(Dataset<Row> own, Dataset<Row> subtreeTotals, Dataset<Row> closure) {
        Dataset<Row> periods = own.select(col("ma_ke_hoach").as("p_ke_hoach"), col("ke_hoach"), col("ky_bao_cao").as("p_ky"), col("nam"),
                col("ngay_chot"), col("ma_chi_tieu").as("p_chi_tieu"), col("tong_hop")).distinct();
        Dataset<Row> parents = closure.where(col("do_sau").equalTo(1))
                .select(col("ngay_chot").as("e_ngay"), col("ma_don_vi").as("e_con"), col("ma_to_tien").as("e_cha"));
        Dataset<Row> totals = subtreeTotals.join(periods, col("p_ke_hoach").equalTo(col("r_ke_hoach")).and(col("p_ky").equalTo(col("r_ky")))
                        .and(col("p_chi_tieu").equalTo(col("r_chi_tieu"))))
                .join(parents, col("e_ngay").equalTo(col("ngay_chot")).and(col("e_con").equalTo(col("r_don_vi"))))
                .select(col("r_ke_hoach").as("ma_ke_hoach"), col("ke_hoach"), col("r_ky").as("ky_bao_cao"), col("nam"),
                        col("e_cha").as("ma_don_vi"), col("r_chi_tieu").as("ma_muc"), col("r_don_vi").as("ma_don_vi_nguon"),
                        col("r_ky").as("ky_bao_cao_nguon"), lit(null).cast("string").as("ma_lan_nop"), lit(null).cast("date").as("ngay_nop"),
                        lit(null).cast("string").as("tep_nguon"), lit(null).cast("int").as("so_dong"),
                        lit(null).cast("string").as("ma_muc_nguon"), lit(null).cast("string").as("trang_thai"),
                        col("so_don_vi_co_so_lieu").as("so_don_vi"), col("tong_hop"), col("r_tong"), col("r_tu"), col("r_mau"));
        Column share = col("tong_hop").equalTo("share");
        Dataset<Row> sums = totals.where(org.apache.spark.sql.functions.not(share))
                .withColumn("vai_tro", lit("tong_cay")).withColumn("gia_tri", col("r_tong"));
        Dataset<Row> numerators = totals.where(share).withColumn("vai_tro", lit("tu_so_cay")).withColumn("gia_tri", col("r_tu"));
        Dataset<Row> denominators = totals.where(share).withColumn("vai_tro", lit("mau_so_cay")).withColumn("gia_tri", col("r_mau"));
        return sums.unionByName(numerators).unionByName(denominators).drop("tong_hop", "r_tong", "r_tu", "r_mau");
    }

    /** Own rows with the item to look up in the content, and its role in the value. */
    private static Dataset<Row> role(Dataset<Row> own, String itemColumn, String role) {
        return own.withColumn("muc_can", col(itemColumn)).withColumn("vai_tro", lit(role));
    }

    /** Adds the report's content (its latest counted submission) to rows keyed by plan, period and unit. */
    private static Dataset<Row> withContent(Dataset<Row> rows, Dataset<Row> reporting) {
        Dataset<Row> content = reporting.select(col("ma_ke_hoach").as("r_ke_hoach"), col("ky_bao_cao").as("r_ky"),
                col("ma_don_vi").as("r_don_vi"), col("ma_lan_nop_cuoi"));
        return rows.join(content, col("r_ke_hoach").equalTo(col("ma_ke_hoach")).and(col("r_ky").equalTo(col("ky_bao_cao")))
                .and(col("r_don_vi").equalTo(col("ma_don_vi"))));
    }

    private static Column[] withCutOff() {
        return Arrays.stream(new String[] {"ma_ke_hoach", "ke_hoach", "ky_bao_cao", "nam", "ma_don_vi", "ma_chi_tieu", "ngay_chot",
                "ma_don_vi_nguon", "ky_bao_cao_nguon", "ma_lan_nop", "ngay_nop", "tep_nguon", "so_dong", "ma_muc_nguon", "vai_tro",
                "gia_tri"}).map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    }

    private static Column[] published() {
        return Arrays.stream(COLUMNS).map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    }
}

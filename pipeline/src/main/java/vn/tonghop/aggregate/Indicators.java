package vn.tonghop.aggregate;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Own and rolled-up indicator values, targets and changes (docs/aggregation.md). Pure transforms. */
public final class Indicators {
    private Indicators() {
    }

    /** The indicators each considered (plan, period) carries, with their rules: period columns + indicator columns. */
    public static Dataset<Row> carried(Dataset<Row> periods, Dataset<Row> planIndicators, Dataset<Row> indicators) {
        Dataset<Row> pi = planIndicators.select(col("ma_ke_hoach").as("i_ke_hoach"), col("nam").as("i_nam"), col("ma_chi_tieu"));
        return periods.join(pi, col("i_ke_hoach").equalTo(col("ma_ke_hoach")).and(col("i_nam").equalTo(col("nam"))))
                .drop("i_ke_hoach", "i_nam").join(indicators, "ma_chi_tieu");
    }

    /**
     * Own values of every unit with content for a carried indicator: gia_tri, and for share indicators
     * the numerator and denominator; co_so_lieu tells whether the unit has data.
     */
    public static Dataset<Row> own(Dataset<Row> carried, Dataset<Row> reporting, Dataset<Row> accepted) {
        Dataset<Row> values = reporting.select(col("ma_ke_hoach").as("v_ke_hoach"), col("ky_bao_cao").as("v_ky"),
                        col("ma_don_vi"), col("ma_lan_nop_cuoi"))
                .join(accepted.where(col("loai_muc").equalTo("chi_tieu"))
                                .select(col("ma_lan_nop").as("a_lan_nop"), col("ma_muc").as("v_muc"), col("gia_tri").as("v")),
                        col("a_lan_nop").equalTo(col("ma_lan_nop_cuoi")))
                .drop("a_lan_nop", "ma_lan_nop_cuoi");
        Dataset<Row> reporters = values.select("v_ke_hoach", "v_ky", "ma_don_vi").distinct();
        Dataset<Row> candidates = carried.join(reporters, col("v_ke_hoach").equalTo(col("ma_ke_hoach"))
                .and(col("v_ky").equalTo(col("ky_bao_cao")))).drop("v_ke_hoach", "v_ky");
        Dataset<Row> withV = lookup(candidates, values, "ma_chi_tieu", "own_v");
        Dataset<Row> withNum = lookup(withV, values, "tu_so", "own_num");
        Dataset<Row> withDen = lookup(withNum, values, "mau_so", "own_den");
        Column share = col("tong_hop").equalTo("share");
        Column hasData = when(share, col("own_num").isNotNull().and(col("own_den").isNotNull())).otherwise(col("own_v").isNotNull());
        Column ownValue = when(share, when(col("own_den").gt(0), col("own_num").multiply(100.0).divide(col("own_den"))))
                .otherwise(col("own_v"));
        return withDen.withColumn("gia_tri", ownValue).withColumn("co_so_lieu", hasData)
                .withColumn("tu", when(share, col("own_num"))).withColumn("mau", when(share, col("own_den")))
                .drop("own_v", "own_num", "own_den");
    }

    /**
     * Adds own values for years derived from the halves: the indicator's rule over time on the
     * unit's H1 and H2 figures (sum, or the H2 figure), only when both halves have data.
     */
    public static Dataset<Row> withDerivedYears(Dataset<Row> own, Dataset<Row> carried) {
        Dataset<Row> derived = carried.where(col("ky_h2").isNotNull());
        Dataset<Row> h1 = own.where(col("co_so_lieu")).select(col("ma_ke_hoach").as("h_ke_hoach"), col("ky_bao_cao").as("h1_ky"),
                col("ma_don_vi").as("h_don_vi"), col("ma_chi_tieu").as("h_chi_tieu"), col("gia_tri").as("v1"), col("tu").as("tu1"),
                col("mau").as("mau1"));
        Dataset<Row> h2 = own.where(col("co_so_lieu")).select(col("ma_ke_hoach").as("k_ke_hoach"), col("ky_bao_cao").as("h2_ky"),
                col("ma_don_vi").as("k_don_vi"), col("ma_chi_tieu").as("k_chi_tieu"), col("gia_tri").as("v2"), col("tu").as("tu2"),
                col("mau").as("mau2"));
        Dataset<Row> both = derived.join(h1, col("h_ke_hoach").equalTo(col("ma_ke_hoach")).and(col("h1_ky").equalTo(col("ky_h1")))
                        .and(col("h_chi_tieu").equalTo(col("ma_chi_tieu"))))
                .join(h2, col("k_ke_hoach").equalTo(col("ma_ke_hoach")).and(col("h2_ky").equalTo(col("ky_h2")))
                        .and(col("k_chi_tieu").equalTo(col("ma_chi_tieu"))).and(col("k_don_vi").equalTo(col("h_don_vi"))));
        Column summed = col("theo_thoi_gian").equalTo("sum");
        Column share = col("tong_hop").equalTo("share");
        Column tu = when(share, when(summed, col("tu1").plus(col("tu2"))).otherwise(col("tu2")));
        Column mau = when(share, when(summed, col("mau1").plus(col("mau2"))).otherwise(col("mau2")));
        Column value = when(share, when(mau.gt(0), tu.multiply(100.0).divide(mau)))
                .otherwise(when(summed, col("v1").plus(col("v2"))).otherwise(col("v2")));
        Dataset<Row> years = both.withColumn("ma_don_vi", col("h_don_vi")).withColumn("gia_tri", value)
                .withColumn("co_so_lieu", lit(true)).withColumn("tu", tu).withColumn("mau", mau);
        return own.unionByName(years.select(java.util.Arrays.stream(own.columns()).map(org.apache.spark.sql.functions::col)
                .toArray(Column[]::new)));
    }

    private static Dataset<Row> lookup(Dataset<Row> rows, Dataset<Row> values, String itemColumn, String as) {
        Dataset<Row> v = values.select(col("v_ke_hoach").as("l_ke_hoach"), col("v_ky").as("l_ky"), col("ma_don_vi").as("l_don_vi"),
                col("v_muc").as("l_muc"), col("v").as(as));
        return rows.join(v, col("l_ke_hoach").equalTo(col("ma_ke_hoach")).and(col("l_ky").equalTo(col("ky_bao_cao")))
                        .and(col("l_don_vi").equalTo(col("ma_don_vi"))).and(col("l_muc").equalTo(col(itemColumn))), "left")
                .drop("l_ke_hoach", "l_ky", "l_don_vi", "l_muc");
    }

    /**
     * Subtree totals of every unit with data below it (itself included) per plan, period and
     * indicator: r_don_vi, r_ke_hoach, r_ky, r_chi_tieu, r_tong (sum of own values), r_tb (their
     * average), r_tu, r_mau (sums of numerators and denominators), so_don_vi_co_so_lieu.
     */
    public static Dataset<Row> subtreeTotals(Dataset<Row> own, Dataset<Row> closure) {
        Dataset<Row> up = closure.select(col("ngay_chot").as("c_ngay"), col("ma_don_vi").as("c_don_vi"), col("ma_to_tien"));
        return own.where(col("co_so_lieu"))
                .join(up, col("c_ngay").equalTo(col("ngay_chot")).and(col("c_don_vi").equalTo(col("ma_don_vi"))))
                .groupBy(col("ma_to_tien").as("r_don_vi"), col("ma_ke_hoach").as("r_ke_hoach"), col("ky_bao_cao").as("r_ky"),
                        col("ma_chi_tieu").as("r_chi_tieu"))
                .agg(sum("gia_tri").as("r_tong"), avg("gia_tri").as("r_tb"), sum("tu").as("r_tu"), sum("mau").as("r_mau"),
                        count(lit(1)).as("so_don_vi_co_so_lieu"));
    }

    /** The published indicators dataset (docs/aggregation.md, "indicators"); {@code rolled} from {@link #subtreeTotals}. */
    public static Dataset<Row> indicators(Dataset<Row> carried, Dataset<Row> own, Dataset<Row> rolled, Dataset<Row> scope,
                                          Dataset<Row> expected, Dataset<Row> closure) {
        Dataset<Row> up = closure.select(col("ngay_chot").as("c_ngay"), col("ma_don_vi").as("c_don_vi"), col("ma_to_tien"));
        Dataset<Row> key = own.select(col("ma_ke_hoach").as("o_ke_hoach"), col("ky_bao_cao").as("o_ky"), col("ma_don_vi").as("o_don_vi"),
                col("ma_chi_tieu").as("o_chi_tieu"), col("gia_tri").as("o_gia_tri"), col("co_so_lieu"), col("tu"), col("mau"),
                col("ngay_chot").as("o_ngay"));
        Dataset<Row> expectedUp = expected.select(col("ma_ke_hoach").as("e_ke_hoach"), col("ky_bao_cao").as("e_ky"),
                        col("ma_don_vi").as("e_don_vi"), col("loai_chuan").as("e_loai"), col("ngay_chot").as("e_ngay"))
                .join(up, col("c_ngay").equalTo(col("e_ngay")).and(col("c_don_vi").equalTo(col("e_don_vi"))));
        Dataset<Row> expectedCounts = expectedUp.groupBy(col("ma_to_tien").as("k_don_vi"), col("e_ke_hoach").as("k_ke_hoach"),
                col("e_ky").as("k_ky")).agg(count(lit(1)).as("so_don_vi_ky_vong"));
        Dataset<Row> targetUnits = expectedUp.join(carried.select(col("ma_ke_hoach").as("t_ke_hoach"), col("ky_bao_cao").as("t_ky"),
                                col("ma_chi_tieu").as("t_chi_tieu"), col("loai_dat"), col("chi_tieu_moi_don_vi").as("t_moi")),
                        col("t_ke_hoach").equalTo(col("e_ke_hoach")).and(col("t_ky").equalTo(col("e_ky")))
                                .and(array_contains(col("loai_dat"), col("e_loai"))))
                .join(key, col("o_ke_hoach").equalTo(col("e_ke_hoach")).and(col("o_ky").equalTo(col("e_ky")))
                        .and(col("o_don_vi").equalTo(col("e_don_vi"))).and(col("o_chi_tieu").equalTo(col("t_chi_tieu"))), "left")
                .groupBy(col("ma_to_tien").as("u_don_vi"), col("e_ke_hoach").as("u_ke_hoach"), col("e_ky").as("u_ky"),
                        col("t_chi_tieu").as("u_chi_tieu"))
                .agg(count(lit(1)).as("ap_dung"), sum(when(col("o_gia_tri").geq(col("t_moi")), 1L).otherwise(0L)).as("dat"));

        Dataset<Row> scopeRows = scope.select("ma_don_vi", "ma_ke_hoach", "ky_bao_cao").join(
                carried.select("ma_ke_hoach", "ky_bao_cao", "ma_chi_tieu"), new String[] {"ma_ke_hoach", "ky_bao_cao"});
        Dataset<Row> rows = scopeRows.unionByName(own.where(col("co_so_lieu")).select("ma_don_vi", "ma_ke_hoach", "ky_bao_cao", "ma_chi_tieu"))
                .distinct().join(carried, new String[] {"ma_ke_hoach", "ky_bao_cao", "ma_chi_tieu"})
                .join(key, col("o_ke_hoach").equalTo(col("ma_ke_hoach")).and(col("o_ky").equalTo(col("ky_bao_cao")))
                        .and(col("o_don_vi").equalTo(col("ma_don_vi"))).and(col("o_chi_tieu").equalTo(col("ma_chi_tieu"))), "left")
                .join(rolled, col("r_ke_hoach").equalTo(col("ma_ke_hoach")).and(col("r_ky").equalTo(col("ky_bao_cao")))
                        .and(col("r_don_vi").equalTo(col("ma_don_vi"))).and(col("r_chi_tieu").equalTo(col("ma_chi_tieu"))), "left")
                .join(expectedCounts, col("k_ke_hoach").equalTo(col("ma_ke_hoach")).and(col("k_ky").equalTo(col("ky_bao_cao")))
                        .and(col("k_don_vi").equalTo(col("ma_don_vi"))), "left")
                .join(targetUnits, col("u_ke_hoach").equalTo(col("ma_ke_hoach")).and(col("u_ky").equalTo(col("ky_bao_cao")))
                        .and(col("u_don_vi").equalTo(col("ma_don_vi"))).and(col("u_chi_tieu").equalTo(col("ma_chi_tieu"))), "left");

        Column rule = col("tong_hop");
        Column rolledValue = when(rule.equalTo("sum"), col("r_tong")).when(rule.equalTo("average"), col("r_tb"))
                .otherwise(when(col("r_mau").gt(0), col("r_tu").multiply(100.0).divide(col("r_mau"))));
        Column countTarget = rule.equalTo("sum");
        Column applies = org.apache.spark.sql.functions.not(countTarget).or(col("loai_ky").equalTo("YEAR"));
        Column target = when(applies, when(countTarget,
                        when(col("chi_tieu_tuyet_doi").isNotNull().and(col("ma_don_vi").equalTo(col("goc_cay"))), col("chi_tieu_tuyet_doi"))
                                .when(col("chi_tieu_moi_don_vi").isNotNull().and(col("ap_dung").gt(0)),
                                        col("chi_tieu_moi_don_vi").multiply(col("ap_dung"))))
                .otherwise(coalesce(col("chi_tieu_tuyet_doi"), col("chi_tieu_moi_don_vi"))));
        Column perUnit = applies.and(col("chi_tieu_moi_don_vi").isNotNull());
        return rows.select(col("ma_don_vi"), col("ma_ke_hoach"), col("ke_hoach"), col("ky_bao_cao"), col("nam"),
                        col("ma_chi_tieu"), col("ma_phong_trao"), col("o_gia_tri").as("gia_tri"), rolledValue.as("gia_tri_tong_hop"),
                        coalesce(col("so_don_vi_co_so_lieu"), lit(0L)).as("so_don_vi_co_so_lieu"),
                        coalesce(col("so_don_vi_ky_vong"), lit(0L)).as("so_don_vi_ky_vong"), target.as("chi_tieu"),
                        when(perUnit, coalesce(col("ap_dung"), lit(0L))).as("so_don_vi_ap_dung"),
                        when(perUnit, coalesce(col("dat"), lit(0L))).as("so_don_vi_dat"),
                        col("ky_truoc"), col("ky_cung_ky"))
                .withColumn("ty_le_dat", when(col("chi_tieu").notEqual(0), col("gia_tri_tong_hop").divide(col("chi_tieu"))));
    }

    /** Adds the change columns: against the previous period and the same period last year, across plans. */
    public static Dataset<Row> withChanges(Dataset<Row> indicators) {
        Dataset<Row> base = indicators.select(col("ma_don_vi").as("b_don_vi"), col("ma_chi_tieu").as("b_chi_tieu"),
                col("ky_bao_cao").as("b_ky"), col("gia_tri_tong_hop").as("b_gia_tri"));
        Dataset<Row> withPrevious = change(indicators, base, "ky_truoc", "ky_truoc");
        return change(withPrevious, base, "ky_cung_ky", "cung_ky")
                .select("ma_don_vi", "ma_ke_hoach", "ke_hoach", "ky_bao_cao", "nam", "ma_chi_tieu", "ma_phong_trao", "gia_tri",
                        "gia_tri_tong_hop", "so_don_vi_co_so_lieu", "so_don_vi_ky_vong", "chi_tieu", "ty_le_dat",
                        "so_don_vi_ap_dung", "so_don_vi_dat", "chenh_lech_ky_truoc", "ty_le_tang_ky_truoc",
                        "chenh_lech_cung_ky", "ty_le_tang_cung_ky");
    }

    private static Dataset<Row> change(Dataset<Row> rows, Dataset<Row> base, String periodColumn, String suffix) {
        Dataset<Row> b = base.toDF("b_don_vi", "b_chi_tieu", "b_ky", "b_gia_tri");
        Column current = col("gia_tri_tong_hop");
        Column baseValue = col("b_gia_tri");
        return rows.join(b, col("b_don_vi").equalTo(col("ma_don_vi")).and(col("b_chi_tieu").equalTo(col("ma_chi_tieu")))
                        .and(col("b_ky").equalTo(col(periodColumn))), "left")
                .withColumn("chenh_lech_" + suffix, current.minus(baseValue))
                .withColumn("ty_le_tang_" + suffix, when(baseValue.notEqual(0), current.minus(baseValue).divide(baseValue)))
                .drop("b_don_vi", "b_chi_tieu", "b_ky", "b_gia_tri");
    }
}

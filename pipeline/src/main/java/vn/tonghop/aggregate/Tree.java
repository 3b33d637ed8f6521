package vn.tonghop.aggregate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The unit tree as it stood on given dates, and its ancestor closure. Pure transforms. */
public final class Tree {
    /** Guards the loop against a malformed tree; the catalog check already refuses cycles. */
    private static final int MAX_DEPTH = 64;

    private Tree() {
    }

    /**
     * Unit versions valid on each date: (ngay_chot, ma_don_vi, ten_don_vi, loai_chuan, ma_cap_tren).
     * {@code dates} has a column ngay_chot.
     */
    public static Dataset<Row> snapshots(Dataset<Row> units, Dataset<Row> dates) {
        Dataset<Row> d = dates.select("ngay_chot").distinct();
        return units.join(d, units.col("hieu_luc_tu").leq(d.col("ngay_chot"))
                        .and(units.col("hieu_luc_den").isNull().or(d.col("ngay_chot").lt(units.col("hieu_luc_den")))))
                .select(col("ngay_chot"), col("ma_don_vi"), col("ten_don_vi"), col("loai_chuan"), col("ma_cap_tren"));
    }

    /**
     * (ngay_chot, ma_don_vi, ma_to_tien, do_sau): every unit with itself (depth 0) and each ancestor
     * on that date. The loop runs once per tree level, not once per unit.
     */
    public static Dataset<Row> closure(Dataset<Row> snapshots) {
        Dataset<Row> edges = snapshots.where(col("ma_cap_tren").isNotNull())
                .select(col("ngay_chot").as("e_ngay"), col("ma_don_vi").as("e_con"), col("ma_cap_tren").as("e_cha"));
        Dataset<Row> level = snapshots.select(col("ngay_chot"), col("ma_don_vi"), col("ma_don_vi").as("ma_to_tien"),
                lit(0).as("do_sau"));
        Dataset<Row> all = level;
        for (int depth = 1; depth <= MAX_DEPTH; depth++) {
            level = level.join(edges, level.col("ngay_chot").equalTo(edges.col("e_ngay"))
                            .and(level.col("ma_to_tien").equalTo(edges.col("e_con"))))
                    .select(col("ngay_chot"), col("ma_don_vi"), col("e_cha").as("ma_to_tien"), lit(depth).as("do_sau"))
                    .localCheckpoint();
            if (level.isEmpty()) {
                break;
            }
            all = all.unionByName(level);
        }
        return all;
    }
}

package vn.tonghop.aggregate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.sql.Date;
import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Where the figures come from, published with them so pages can show a unit its submissions and
 * its rejected rows: every submission, and every quarantined row and file. Pure transforms.
 */
public final class Sources {
    private Sources() {
    }

    /** Every live submission, with whether it counts (an accepted row, dated by the as-of date). */
    public static Dataset<Row> submissions(Dataset<Row> submissions, LocalDate asOf) {
        return submissions.select(col("ma_ke_hoach"), col("ke_hoach"), col("ky_bao_cao"), col("nam"), col("ma_don_vi"),
                col("ma_lan_nop"), col("ngay_nop"), col("tep_nguon"), col("thu_tu_nap"), col("so_dong_nhan"), col("so_dong_cach_ly"),
                col("so_dong_nhan").gt(0).and(col("ngay_nop").isNotNull()).and(col("ngay_nop").leq(lit(Date.valueOf(asOf))))
                        .as("duoc_tinh"));
    }

    /** Quarantined rows (cap = dong) and whole files (cap = tep, so_dong 0), with reason and message. */
    public static Dataset<Row> quarantine(Dataset<Row> quarantine, Dataset<Row> files) {
        Dataset<Row> rows = quarantine.select(col("tep_nguon"), col("so_dong"), lit("dong").as("cap"), col("ma_don_vi_goc"),
                col("ma_don_vi"), col("ma_ke_hoach_goc"), col("ma_ke_hoach"), col("ky_bao_cao_goc"), col("ma_muc_goc"),
                col("gia_tri_goc"), col("ghi_chu"), col("ma_ly_do"), col("truong_loi"), col("thong_diep"), col("thu_tu_nap"));
        Dataset<Row> wholeFiles = files.where(col("ma_ly_do").isNotNull()).select(col("tep_nguon"), lit(0).as("so_dong"),
                lit("tep").as("cap"), lit(null).cast("string").as("ma_don_vi_goc"), lit(null).cast("string").as("ma_don_vi"),
                lit(null).cast("string").as("ma_ke_hoach_goc"), lit(null).cast("string").as("ma_ke_hoach"),
                lit(null).cast("string").as("ky_bao_cao_goc"), lit(null).cast("string").as("ma_muc_goc"),
                lit(null).cast("string").as("gia_tri_goc"), lit(null).cast("string").as("ghi_chu"), col("ma_ly_do"),
                lit("tep").as("truong_loi"), col("thong_diep"), col("thu_tu_nap"));
        return rows.unionByName(wholeFiles);
    }
}

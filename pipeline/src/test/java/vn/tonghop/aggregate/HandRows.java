package vn.tonghop.aggregate;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import vn.tonghop.store.StoreSchemas;

/** Tiny hand-written store tables: submissions and their accepted rows, columns not named are null. */
final class HandRows {
    private final List<Row> submissions = new ArrayList<>();
    private final List<Row> accepted = new ArrayList<>();
    private long sequence;

    /** A counted submission to plan 12-KH/ĐU with its task and indicator rows ("NV1=hoan_thanh", "MH-DK=2"). */
    HandRows submit(String id, String unit, String period, String date, String... items) {
        return submitTo("12-KH/ĐU", id, unit, period, date, items);
    }

    HandRows submitTo(String plan, String id, String unit, String period, String date, String... items) {
        String slug = plan.replace("/ĐU", "-du").toLowerCase(java.util.Locale.ROOT);
        sequence++;
        int year = Integer.parseInt(period.substring(0, 4));
        submissions.add(row(StoreSchemas.SUBMISSIONS.sparkSchema(), Map.of("ma_lan_nop", id, "ma_don_vi", unit,
                "ma_ke_hoach", plan, "ke_hoach", slug, "nam", year, "ky_bao_cao", period,
                "ngay_nop", Date.valueOf(date), "so_dong_nhan", items.length, "thu_tu_nap", sequence, "tep_nguon", id + ".csv")));
        for (String item : items) {
            String[] kv = item.split("=");
            boolean task = kv[0].startsWith("NV");
            Map<String, Object> v = new HashMap<>(Map.of("ma_lan_nop", id, "ma_don_vi", unit, "ma_ke_hoach", plan,
                    "ky_bao_cao", period, "ngay_nop", Date.valueOf(date), "ma_muc", kv[0], "loai_muc", task ? "nhiem_vu" : "chi_tieu",
                    "ke_hoach", slug, "nam", year));
            if (task) {
                v.put("trang_thai", kv[1]);
            } else {
                v.put("gia_tri", Double.parseDouble(kv[1]));
            }
            accepted.add(row(StoreSchemas.ROWS.sparkSchema(), v));
        }
        return this;
    }

    Dataset<Row> submissions(SparkSession spark) {
        return spark.createDataFrame(submissions, StoreSchemas.SUBMISSIONS.sparkSchema());
    }

    Dataset<Row> accepted(SparkSession spark) {
        return spark.createDataFrame(accepted, StoreSchemas.ROWS.sparkSchema());
    }

    private static Row row(StructType schema, Map<String, Object> values) {
        Object[] cells = new Object[schema.fields().length];
        StructField[] fields = schema.fields();
        for (int i = 0; i < fields.length; i++) {
            cells[i] = values.get(fields[i].name());
        }
        return RowFactory.create(cells);
    }
}

package vn.tonghop.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import vn.tonghop.testing.SharedSpark;

/** The tree of each cut-off date: a unit moved to a new parent rolls up under the parent of that date. */
class TreeTest {
    final SparkSession spark = SharedSpark.session();

    @Test
    void aMovedUnitRollsUpUnderItsParentOfTheDay() {
        StructType units = new StructType().add("ma_don_vi", DataTypes.StringType).add("ten_don_vi", DataTypes.StringType)
                .add("loai_chuan", DataTypes.StringType).add("ma_cap_tren", DataTypes.StringType)
                .add("hieu_luc_tu", DataTypes.DateType).add("hieu_luc_den", DataTypes.DateType);
        Dataset<Row> versions = spark.createDataFrame(List.of(
                RowFactory.create("R", "Đảng ủy", "danguy", null, d("2020-01-01"), null),
                RowFactory.create("A", "Đảng bộ A", "dangbocoso", "R", d("2020-01-01"), null),
                RowFactory.create("B", "Đảng bộ B", "dangbocoso", "R", d("2020-01-01"), null),
                RowFactory.create("X", "Chi bộ X", "chibotructhuoc", "A", d("2020-01-01"), d("2024-07-01")),
                RowFactory.create("X", "Chi bộ X", "chibocoso", "B", d("2024-07-01"), null),
                RowFactory.create("Y", "Chi bộ Y", "chibotructhuoc", "X", d("2020-01-01"), null)), units);
        Dataset<Row> dates = spark.createDataFrame(List.of(RowFactory.create(d("2024-06-30")), RowFactory.create(d("2024-12-31"))),
                new StructType().add("ngay_chot", DataTypes.DateType));
        Dataset<Row> closure = Tree.closure(Tree.snapshots(versions, dates));

        assertEquals(Set.of("Y@0", "X@1", "A@2", "R@3"), ancestors(closure, "Y", "2024-06-30"));
        assertEquals(Set.of("Y@0", "X@1", "B@2", "R@3"), ancestors(closure, "Y", "2024-12-31"));
        assertEquals(Set.of("A", "X", "Y"), descendants(closure, "A", "2024-06-30"));
        assertEquals(Set.of("A"), descendants(closure, "A", "2024-12-31"), "after the move A keeps only itself");
    }

    private static Set<String> ancestors(Dataset<Row> closure, String unit, String date) {
        return closure.where("ma_don_vi = '" + unit + "' and ngay_chot = date'" + date + "'").collectAsList().stream()
                .map(r -> r.getAs("ma_to_tien") + "@" + r.getAs("do_sau")).collect(Collectors.toSet());
    }

    private static Set<String> descendants(Dataset<Row> closure, String ancestor, String date) {
        return closure.where("ma_to_tien = '" + ancestor + "' and ngay_chot = date'" + date + "'").collectAsList().stream()
                .map(r -> (String) r.getAs("ma_don_vi")).collect(Collectors.toSet());
    }

    private static Date d(String iso) {
        return Date.valueOf(iso);
    }
}

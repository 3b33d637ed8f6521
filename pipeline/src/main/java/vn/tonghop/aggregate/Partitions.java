package vn.tonghop.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The per-plan datasets split by (plan, year), so a run with a few new reports re-aggregates only
 * the years they touch. Every figure depends on its own period only, except the change columns,
 * which compare with the previous period and the same period a year earlier: so a touched year is
 * recomputed together with the next one, from inputs that include the year before. The published
 * files follow the same split (DatasetLayout), so the other partitions' files are kept as they are.
 */
public final class Partitions {
    /** A plan (by code) and a year. */
    public record PlanYear(String plan, int year) implements Comparable<PlanYear> {
        @Override
        public int compareTo(PlanYear o) {
            int c = plan.compareTo(o.plan);
            return c != 0 ? c : Integer.compare(year, o.year);
        }
    }

    /** The datasets split by plan and year; the others (submissions, quarantine) are always recomputed whole. */
    static final Set<String> PER_PLAN = Set.of("reporting", "reporting_summary", "tasks", "task_summary", "indicators",
            "lineage");

    private Partitions() {
    }

    /** The partitions to recompute when new reports touched {@code touched}: each year and the next. */
    public static Set<PlanYear> toRecompute(Set<PlanYear> touched) {
        Set<PlanYear> out = new TreeSet<>(touched);
        touched.forEach(p -> out.add(new PlanYear(p.plan(), p.year() + 1)));
        return out;
    }

    /** The periods a recomputation reads: the recomputed years and the year before each. */
    static Set<PlanYear> inputsOf(Set<PlanYear> recompute) {
        Set<PlanYear> out = new TreeSet<>(recompute);
        recompute.forEach(p -> out.add(new PlanYear(p.plan(), p.year() - 1)));
        return out;
    }

    /** The partitions as a tiny frame (p_ke_hoach, p_nam) to join against. */
    static Dataset<Row> frame(SparkSession spark, Set<PlanYear> partitions) {
        List<Row> rows = new ArrayList<>();
        partitions.forEach(p -> rows.add(RowFactory.create(p.plan(), p.year())));
        StructType schema = new StructType().add("p_ke_hoach", DataTypes.StringType, false).add("p_nam", DataTypes.IntegerType, false);
        return spark.createDataFrame(rows, schema);
    }

    /** Rows whose (ma_ke_hoach, nam) is one of the partitions. */
    static Dataset<Row> within(Dataset<Row> rows, Dataset<Row> partitions) {
        return rows.join(partitions, match(rows, partitions), "left_semi");
    }

    private static org.apache.spark.sql.Column match(Dataset<Row> rows, Dataset<Row> partitions) {
        return rows.col("ma_ke_hoach").equalTo(partitions.col("p_ke_hoach")).and(rows.col("nam").equalTo(partitions.col("p_nam")));
    }
}

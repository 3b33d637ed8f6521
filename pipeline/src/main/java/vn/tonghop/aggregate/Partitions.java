package vn.tonghop.aggregate;

import static org.apache.spark.sql.functions.col;

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
 * recomputed together with the next one, from inputs that include the year before.
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

    /** Rows whose (ma_ke_hoach, nam) is none of the partitions. */
    static Dataset<Row> outside(Dataset<Row> rows, Dataset<Row> partitions) {
        return rows.join(partitions, match(rows, partitions), "left_anti");
    }

    private static org.apache.spark.sql.Column match(Dataset<Row> rows, Dataset<Row> partitions) {
        return rows.col("ma_ke_hoach").equalTo(partitions.col("p_ke_hoach")).and(rows.col("nam").equalTo(partitions.col("p_nam")));
    }

    /**
     * The published datasets after a partial aggregation: the previous ones outside the recomputed
     * partitions, the fresh ones inside them; submissions and quarantine from the fresh run (whole).
     * {@code previous} must stay readable until the merged datasets are written: the published link
     * does, as the new release is switched in only once written.
     */
    public static Datasets merge(SparkSession spark, Datasets previous, Datasets fresh, Set<PlanYear> recomputed) {
        Dataset<Row> parts = frame(spark, recomputed);
        java.util.Map<String, Dataset<Row>> merged = new java.util.LinkedHashMap<>();
        fresh.byName().forEach((name, rows) -> {
            if (!PER_PLAN.contains(name)) {
                merged.put(name, rows);
                return;
            }
            Dataset<Row> union = outside(previous.byName().get(name), parts).unionByName(within(rows, parts))
                    .select(java.util.Arrays.stream(rows.columns()).map(c -> col(c)).toArray(org.apache.spark.sql.Column[]::new));
            // the fresh schema again (Parquet read back makes every column nullable), so the files written
            // are byte-identical to a full run's. Not materialised: the previous files stay in their release
            // while the new one is written, and at national size a copy of every dataset in Spark's block
            // store filled the disk (27 GB).
            merged.put(name, spark.createDataFrame(union.javaRDD(), rows.schema()));
        });
        return Datasets.of(merged);
    }
}

package vn.tonghop.aggregate;

import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.store.Store;
import vn.tonghop.store.StoreSchemas;
import vn.tonghop.store.StoreTables;

/**
 * The aggregate stage: reads the store at its edge, composes the pure transforms, returns the
 * datasets (small enough for later stages to read on the driver). Intermediate results shared by
 * several datasets are checkpointed: it keeps each query plan short, which is most of the cost
 * on small data.
 */
public final class Aggregation {
    private Aggregation() {
    }

    public static Datasets run(SparkSession spark, Catalog catalog, Store store, LocalDate asOf) {
        return run(spark, catalog, StoreTables.accepted(spark, store), StoreTables.submissions(spark, store),
                StoreTables.quarantine(spark, store), StoreTables.files(spark, store), asOf, null);
    }

    /**
     * Only the partitions {@code recompute} of the per-plan datasets (see {@link Partitions}), read
     * from the periods they depend on; submissions and quarantine whole. Merge with the previous
     * datasets through {@link Partitions#merge}.
     */
    public static Datasets partial(SparkSession spark, Catalog catalog, Store store, LocalDate asOf, Set<Partitions.PlanYear> recompute) {
        return run(spark, catalog, StoreTables.accepted(spark, store), StoreTables.submissions(spark, store),
                StoreTables.quarantine(spark, store), StoreTables.files(spark, store), asOf, recompute);
    }

    /** From accepted rows and submissions only (tests pass tiny hand-made ones): nothing quarantined. */
    public static Datasets run(SparkSession spark, Catalog catalog, Dataset<Row> accepted, Dataset<Row> submissions, LocalDate asOf) {
        return run(spark, catalog, accepted, submissions, spark.createDataFrame(java.util.List.of(), StoreSchemas.ROWS.sparkSchema()),
                spark.createDataFrame(java.util.List.of(), StoreSchemas.FILES.sparkSchema()), asOf, null);
    }

    /** The same from the store's tables as DataFrames. */
    public static Datasets run(SparkSession spark, Catalog catalog, Dataset<Row> accepted, Dataset<Row> submissions,
                               Dataset<Row> quarantine, Dataset<Row> files, LocalDate asOf) {
        return run(spark, catalog, accepted, submissions, quarantine, files, asOf, null);
    }

    /** Everything, or with {@code recompute} given only those partitions of the per-plan datasets. */
    private static Datasets run(SparkSession spark, Catalog catalog, Dataset<Row> accepted, Dataset<Row> submissions,
                                Dataset<Row> quarantine, Dataset<Row> files, LocalDate asOf, Set<Partitions.PlanYear> recompute) {
        CatalogFrames frames = CatalogFrames.of(spark, catalog, asOf);
        Dataset<Row> periods = recompute == null ? frames.periods().localCheckpoint()
                : Partitions.within(frames.periods(), Partitions.frame(spark, Partitions.inputsOf(recompute))).localCheckpoint();
        Dataset<Row> counted = Reporting.counted(submissions, asOf).localCheckpoint();

        Dataset<Row> snapshots = Tree.snapshots(frames.units(), periods).localCheckpoint();
        Dataset<Row> closure = Tree.closure(snapshots).localCheckpoint();
        Dataset<Row> scope = Reporting.scope(periods, closure, snapshots).localCheckpoint();
        Dataset<Row> expected = Reporting.expected(scope, frames.ruleKinds()).localCheckpoint();
        // years derived from the halves exist for indicators only: nobody reports them
        Column reported = col("ky_h2").isNull();
        Dataset<Row> reportPeriods = periods.where(reported);
        Dataset<Row> reportExpected = expected.where(reported);
        Dataset<Row> reporting = Reporting.reporting(reportPeriods, reportExpected, counted, asOf).localCheckpoint();
        Dataset<Row> reportingSummary = Reporting.summary(reporting, scope.where(reported), closure, asOf);

        Dataset<Row> taskReports = Tasks.expectedTaskReports(frames.tasks(), reportExpected, reportPeriods, snapshots);
        Dataset<Row> leaves = Tasks.leafStatuses(taskReports, reporting, accepted, counted, asOf);
        Dataset<Row> allTasks = leaves.unionByName(Tasks.groupStatuses(leaves, frames.taskGroups(), frames.tasks())).localCheckpoint();

        Dataset<Row> carried = Indicators.carried(periods, frames.planIndicators(), frames.indicators()).localCheckpoint();
        Dataset<Row> own = Indicators.withDerivedYears(Indicators.own(carried, reporting, accepted), carried).localCheckpoint();
        Dataset<Row> rolled = Indicators.subtreeTotals(own, closure).localCheckpoint();
        Dataset<Row> indicators = Indicators.withChanges(Indicators.indicators(carried, own, rolled, scope, expected, closure))
                .localCheckpoint();
        Dataset<Row> lineage = FigureLineage.of(reporting, counted, allTasks, frames.taskGroups(), accepted, own, rolled, indicators,
                closure);

        Datasets all = new Datasets(reporting, reportingSummary, Tasks.published(allTasks), Tasks.summary(allTasks, closure), indicators,
                lineage, Sources.submissions(submissions, asOf), Sources.quarantine(quarantine, files));
        if (recompute == null) {
            return all;
        }
        Dataset<Row> only = Partitions.frame(spark, recompute);
        java.util.Map<String, Dataset<Row>> within = new java.util.LinkedHashMap<>();
        all.byName().forEach((name, rows) -> within.put(name, Partitions.PER_PLAN.contains(name) ? Partitions.within(rows, only) : rows));
        return Datasets.of(within);
    }
}

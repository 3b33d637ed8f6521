package vn.tonghop.store;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.substring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The store's edge for Spark: a dataset's live rows as a DataFrame, read from exactly the files the
 * manifest names (never by listing folders), with rows replaced by a later batch left out.
 */
public final class StoreTables {
    private StoreTables() {
    }

    public static Dataset<Row> accepted(SparkSession spark, Store store) {
        return read(spark, store, Store.ACCEPTED, StoreSchemas.ROWS);
    }

    public static Dataset<Row> quarantine(SparkSession spark, Store store) {
        return read(spark, store, Store.QUARANTINE, StoreSchemas.ROWS);
    }

    public static Dataset<Row> files(SparkSession spark, Store store) {
        return read(spark, store, Store.FILES, StoreSchemas.FILES);
    }

    public static Dataset<Row> submissions(SparkSession spark, Store store) {
        return read(spark, store, Store.SUBMISSIONS, StoreSchemas.SUBMISSIONS);
    }

    static Dataset<Row> read(SparkSession spark, Store store, String dataset, TableSchema schema) {
        Manifest manifest = store.manifest();
        String[] paths = manifest.files(dataset).stream().map(f -> store.path(f.path()).toString()).toArray(String[]::new);
        if (paths.length == 0) {
            return spark.createDataFrame(List.of(), schema.sparkSchema());
        }
        Dataset<Row> rows = spark.read().schema(schema.sparkSchema())
                .option("basePath", store.path(dataset).toString()).parquet(paths);
        Map<String, Integer> supersededAt = manifest.supersededAt();
        if (supersededAt.isEmpty()) {
            return rows;
        }
        List<Row> replaced = new ArrayList<>();
        supersededAt.forEach((hash, seq) -> replaced.add(RowFactory.create(hash, seq)));
        StructType replacedSchema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("_hash", DataTypes.StringType, false),
                DataTypes.createStructField("_replaced_at", DataTypes.IntegerType, false)));
        Dataset<Row> replacements = broadcast(spark.createDataFrame(replaced, replacedSchema));
        return rows.join(replacements, rows.col("ma_bam_tep").equalTo(replacements.col("_hash")), "left")
                .where(col("_replaced_at").isNull()
                        .or(substring(col("lo_nap"), 2, 8).cast(DataTypes.IntegerType).geq(col("_replaced_at"))))
                .select(java.util.Arrays.stream(schema.sparkSchema().fieldNames()).map(rows::col)
                        .toArray(org.apache.spark.sql.Column[]::new));
    }
}

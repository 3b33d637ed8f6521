package vn.tonghop.oracle;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tonghop.aggregate.Aggregation;
import vn.tonghop.aggregate.Datasets;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.CatalogLoader;
import vn.tonghop.sample.SampleGenerator;
import vn.tonghop.store.Store;
import vn.tonghop.testing.SharedSpark;
import vn.tonghop.testing.TestCatalogs;

/**
 * The Spark aggregation against the DuckDB oracle, dataset by dataset: the same keys, and the
 * same value in every column (doubles to 6 places, null only equal to null). On the bundled
 * catalog and reports, and on generated reports for the mini catalog at two as-of dates.
 */
class AggregationOracleTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("bundled", TestCatalogs.BUNDLED, Path.of("data/reports"), LocalDate.of(2025, 6, 20), 0L),
                Arguments.of("mini-2025-06-20", TestCatalogs.MINI, null, LocalDate.of(2025, 6, 20), 20250620L),
                Arguments.of("mini-2025-01-10", TestCatalogs.MINI, null, LocalDate.of(2025, 1, 10), 7L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sparkAgreesWithTheOracle(String name, Path catalogDir, Path reports, LocalDate asOf, long seed, @TempDir Path dir) {
        Catalog catalog = CatalogLoader.load(catalogDir);
        Path inbox = reports;
        if (inbox == null) {
            inbox = dir.resolve("reports");
            SampleGenerator.generate(catalog, asOf, seed, inbox);
        }
        Path storeDir = dir.resolve("store");
        int code = vn.tonghop.cli.Main.commandLine().execute("ingest", "--catalog", catalogDir.toString(),
                "--inbox", inbox.toString(), "--store", storeDir.toString(), "--as-of", asOf.toString());
        assertTrue(code == 0 || code == 3, name + ": ingest exit code " + code);
        assertTrue(Files.isDirectory(storeDir));
        Store store = Store.open(storeDir.toString());

        Map<String, List<Map<String, Object>>> expected = DuckDbOracle.compute(store, catalog, asOf);
        Datasets spark = Aggregation.run(SharedSpark.session(), catalog, store, asOf);
        Map<String, Dataset<Row>> byName = spark.byName();

        List<String> failures = new ArrayList<>();
        // lineage is checked below: the oracle checks that its sources add up, rather than recomputing it
        for (Map.Entry<String, List<String>> e : DuckDbOracle.KEYS.entrySet()) {
            String dataset = e.getKey();
            Dataset<Row> actual = byName.get(dataset);
            if (actual == null) {
                failures.add(dataset + ": missing from the Spark output");
                continue;
            }
            String problem = compare(dataset, e.getValue(), expected.get(dataset), collect(actual));
            if (problem != null) {
                failures.add(problem);
            }
        }
        Path lineage = dir.resolve("lineage");
        spark.lineage().coalesce(1).write().parquet(lineage.toString());
        List<String> untraced = DuckDbOracle.lineageProblems(store, catalog, asOf, lineage.resolve("*.parquet"));
        if (!untraced.isEmpty()) {
            failures.add("lineage: " + untraced.size() + " problems, first:\n  - " + String.join("\n  - ", untraced.stream().limit(10).toList()));
        }
        if (!failures.isEmpty()) {
            fail(name + " (as of " + asOf + "):\n" + String.join("\n\n", failures));
        }
    }

    static List<Map<String, Object>> collect(Dataset<Row> ds) {
        String[] columns = ds.columns();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Row r : ds.collectAsList()) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < columns.length; i++) {
                m.put(columns[i], normal(r.get(i)));
            }
            rows.add(m);
        }
        return rows;
    }

    /** Dates as LocalDate, whole numbers as Long, other numbers as Double. */
    static Object normal(Object v) {
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return DuckDbOracle.plain(v);
    }

    static String compare(String dataset, List<String> keys, List<Map<String, Object>> expected, List<Map<String, Object>> actual) {
        List<String> problems = new ArrayList<>();
        Set<String> expectedColumns = expected.isEmpty() ? null : expected.get(0).keySet();
        Set<String> actualColumns = actual.isEmpty() ? null : actual.get(0).keySet();
        if (expectedColumns != null && actualColumns != null && !new TreeSet<>(expectedColumns).equals(new TreeSet<>(actualColumns))) {
            Set<String> missing = new TreeSet<>(expectedColumns);
            missing.removeAll(actualColumns);
            Set<String> extra = new TreeSet<>(actualColumns);
            extra.removeAll(expectedColumns);
            problems.add("columns differ: missing " + missing + ", unexpected " + extra);
        }
        Map<List<Object>, Map<String, Object>> exp = byKey(keys, expected, "oracle", problems);
        Map<List<Object>, Map<String, Object>> act = byKey(keys, actual, "spark", problems);
        Set<List<Object>> onlyExpected = new TreeSet<>(AggregationOracleTest::compareKeys);
        onlyExpected.addAll(exp.keySet());
        onlyExpected.removeAll(act.keySet());
        Set<List<Object>> onlyActual = new TreeSet<>(AggregationOracleTest::compareKeys);
        onlyActual.addAll(act.keySet());
        onlyActual.removeAll(exp.keySet());
        if (!onlyExpected.isEmpty()) {
            problems.add(onlyExpected.size() + " keys only in the oracle, first: " + first(onlyExpected) + "\n    e.g. "
                    + exp.get(onlyExpected.iterator().next()));
        }
        if (!onlyActual.isEmpty()) {
            problems.add(onlyActual.size() + " keys only in Spark, first: " + first(onlyActual) + "\n    e.g. "
                    + act.get(onlyActual.iterator().next()));
        }
        List<String> diffs = new ArrayList<>();
        Map<String, Integer> byColumn = new LinkedHashMap<>();
        int differing = 0;
        Set<List<Object>> sortedKeys = new TreeSet<>(AggregationOracleTest::compareKeys);
        sortedKeys.addAll(exp.keySet());
        for (List<Object> key : sortedKeys) {
            Map<String, Object> e = exp.get(key);
            Map<String, Object> a = act.get(key);
            if (a == null) {
                continue;
            }
            List<String> cols = new ArrayList<>();
            for (String col : e.keySet()) {
                if (a.containsKey(col) && !same(e.get(col), a.get(col))) {
                    cols.add(col);
                }
            }
            if (!cols.isEmpty()) {
                differing++;
                cols.forEach(col -> byColumn.merge(col, 1, Integer::sum));
                if (diffs.size() < 10) {
                    StringBuilder sb = new StringBuilder("  key " + key + " differs in " + cols + ":\n");
                    for (String col : e.keySet()) {
                        sb.append(String.format("    %-22s oracle=%-28s spark=%s%s%n", col, show(e.get(col)), show(a.get(col)),
                                cols.contains(col) ? "   <==" : ""));
                    }
                    diffs.add(sb.toString());
                }
            }
        }
        if (differing > 0) {
            problems.add(differing + " rows with differing values; rows per column " + byColumn + " (first " + diffs.size()
                    + "):\n" + String.join("\n", diffs));
        }
        return problems.isEmpty() ? null
                : dataset + " (oracle " + expected.size() + " rows, spark " + actual.size() + " rows):\n  - "
                + String.join("\n  - ", problems);
    }

    static Map<List<Object>, Map<String, Object>> byKey(List<String> keys, List<Map<String, Object>> rows, String side,
                                                        List<String> problems) {
        Map<List<Object>, Map<String, Object>> out = new LinkedHashMap<>();
        int duplicates = 0;
        for (Map<String, Object> r : rows) {
            List<Object> key = new ArrayList<>();
            keys.forEach(k -> key.add(r.get(k)));
            if (out.put(key, r) != null) {
                duplicates++;
            }
        }
        if (duplicates > 0) {
            problems.add(side + ": " + duplicates + " duplicate keys");
        }
        return out;
    }

    static int compareKeys(List<Object> a, List<Object> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = String.valueOf(a.get(i)).compareTo(String.valueOf(b.get(i)));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    static String first(Set<List<Object>> keys) {
        return keys.stream().limit(5).toList().toString();
    }

    static boolean same(Object e, Object a) {
        if (e == null || a == null) {
            return e == null && a == null;
        }
        if (e instanceof Number x && a instanceof Number y) {
            if (e instanceof Double || a instanceof Double) {
                return round(x).equals(round(y));
            }
            return x.longValue() == y.longValue();
        }
        return Objects.equals(e, a);
    }

    static BigDecimal round(Number n) {
        return BigDecimal.valueOf(n.doubleValue()).setScale(6, RoundingMode.HALF_UP);
    }

    static String show(Object v) {
        return v == null ? "null" : v + " (" + v.getClass().getSimpleName() + ")";
    }
}

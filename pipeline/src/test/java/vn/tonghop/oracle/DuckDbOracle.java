package vn.tonghop.oracle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.store.Manifest;
import vn.tonghop.store.Store;

/**
 * An independent test oracle for the aggregation of docs/aggregation.md: the same five datasets,
 * computed by plain SQL in an in-memory DuckDB from the store's live Parquet files and the catalog
 * copied into plain tables. It shares nothing with the Spark implementation but the catalog API.
 */
public final class DuckDbOracle {
    /** Dataset names, with their key columns in the order of docs/aggregation.md. */
    public static final Map<String, List<String>> KEYS = keys();
    private static final List<String> SCRIPTS = List.of("inputs", "reporting", "tasks", "indicators");

    private DuckDbOracle() {
    }

    private static Map<String, List<String>> keys() {
        Map<String, List<String>> k = new LinkedHashMap<>();
        k.put("reporting", List.of("ma_ke_hoach", "ky_bao_cao", "ma_don_vi"));
        k.put("reporting_summary", List.of("ma_ke_hoach", "ky_bao_cao", "ma_don_vi", "pham_vi"));
        k.put("tasks", List.of("ma_ke_hoach", "ky_bao_cao", "ma_don_vi", "ma_muc"));
        k.put("task_summary", List.of("ma_ke_hoach", "ky_bao_cao", "ma_don_vi", "ma_muc", "pham_vi"));
        k.put("indicators", List.of("ma_ke_hoach", "ky_bao_cao", "ma_don_vi", "ma_chi_tieu"));
        return java.util.Collections.unmodifiableMap(k);
    }

    public static Map<String, List<Map<String, Object>>> compute(Store store, Catalog catalog, LocalDate asOf) {
        return withOracle(store, catalog, asOf, c -> {
            Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> e : KEYS.entrySet()) {
                out.put(e.getKey(), query(c, "SELECT * FROM out_" + e.getKey() + " ORDER BY " + String.join(", ", e.getValue())));
            }
            return out;
        });
    }

    /**
     * Checks a lineage dataset (Parquet files) against the oracle's own figures and the live store
     * rows (resource oracle/lineage.sql): the problems found, empty when every figure traces.
     */
    public static List<String> lineageProblems(Store store, Catalog catalog, LocalDate asOf, Path lineageParquet) {
        return withOracle(store, catalog, asOf, c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE lineage AS SELECT * FROM read_parquet('" + lineageParquet.toString().replace("'", "''") + "')");
            }
            run(c, "lineage");
            return query(c, "SELECT kind, detail FROM lineage_problems ORDER BY kind, detail").stream()
                    .map(r -> r.get("kind") + ": " + r.get("detail")).toList();
        });
    }

    /**
     * For the benchmark: computes every dataset as {@link #compute} does and returns how long each
     * step took in milliseconds, in order ("load": catalog and store into tables, then each script).
     */
    public static Map<String, Long> timed(Store store, Catalog catalog, LocalDate asOf) {
        Map<String, Long> millis = new LinkedHashMap<>();
        long start = System.currentTimeMillis();
        try (Connection c = open()) {
            OracleCatalog.load(c, catalog, asOf);
            loadStore(c, store);
            millis.put("load", System.currentTimeMillis() - start);
            for (String script : SCRIPTS) {
                long t = System.currentTimeMillis();
                run(c, script);
                millis.put(script, System.currentTimeMillis() - t);
            }
            return millis;
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB oracle failed: " + e.getMessage(), e);
        }
    }

    /**
     * An in-memory DuckDB without extension downloads, held to half of the memory the JVM's heap
     * leaves (by default DuckDB takes 80% of the machine, and beside a 12 GB heap that was killed by
     * the kernel at 10,000 units); beyond it, DuckDB spills to a temporary folder.
     */
    private static Connection open() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:duckdb:");
        long machine = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        long limitMiB = Math.max(1024, (machine - Runtime.getRuntime().maxMemory()) / 2 / (1024 * 1024));
        try (Statement s = c.createStatement()) {
            s.execute("SET autoinstall_known_extensions=false");
            s.execute("SET autoload_known_extensions=false");
            s.execute("SET memory_limit='" + limitMiB + "MB'");
            s.execute("SET temp_directory='" + Path.of(System.getProperty("java.io.tmpdir"), "tonghop-duckdb-spill").toString()
                    .replace("'", "''") + "'");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    private interface OracleQuery<T> {
        T apply(Connection c) throws SQLException;
    }

    private static <T> T withOracle(Store store, Catalog catalog, LocalDate asOf, OracleQuery<T> then) {
        try (Connection c = open()) {
            OracleCatalog.load(c, catalog, asOf);
            loadStore(c, store);
            for (String script : SCRIPTS) {
                run(c, script);
            }
            return then.apply(c);
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB oracle failed: " + e.getMessage(), e);
        }
    }

    private static final String ROW_COLUMNS = "tep_nguon, ma_bam_tep, lo_nap, thu_tu_nap, ma_lan_nop, ma_don_vi, ma_ke_hoach, "
            + "ky_bao_cao, ngay_nop, ma_muc, loai_muc, trang_thai, phan_tram, gia_tri, ghi_chu, ke_hoach, nam, so_dong";
    private static final String SUBMISSION_COLUMNS = "tep_nguon, ma_bam_tep, lo_nap, thu_tu_nap, ma_lan_nop, ma_don_vi, "
            + "ma_ke_hoach, ke_hoach, nam, ky_bao_cao, ngay_nop, so_dong_nhan";

    /** The accepted rows and submissions named by the manifest, and which file hashes later batches superseded. */
    private static void loadStore(Connection c, Store store) throws SQLException {
        Manifest m = store.manifest();
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE accepted_raw(tep_nguon VARCHAR, ma_bam_tep VARCHAR, lo_nap VARCHAR, thu_tu_nap BIGINT, "
                    + "ma_lan_nop VARCHAR, ma_don_vi VARCHAR, ma_ke_hoach VARCHAR, ky_bao_cao VARCHAR, ngay_nop DATE, "
                    + "ma_muc VARCHAR, loai_muc VARCHAR, trang_thai VARCHAR, phan_tram DOUBLE, gia_tri DOUBLE, "
                    + "ghi_chu VARCHAR, ke_hoach VARCHAR, nam INTEGER, so_dong INTEGER)");
            s.execute("CREATE TABLE submissions_raw(tep_nguon VARCHAR, ma_bam_tep VARCHAR, lo_nap VARCHAR, thu_tu_nap BIGINT, "
                    + "ma_lan_nop VARCHAR, ma_don_vi VARCHAR, ma_ke_hoach VARCHAR, ke_hoach VARCHAR, nam INTEGER, "
                    + "ky_bao_cao VARCHAR, ngay_nop DATE, so_dong_nhan INTEGER)");
            s.execute("CREATE TABLE superseded(ma_bam_tep VARCHAR, at_seq INTEGER)");
            String accepted = parquetList(store, m, Store.ACCEPTED);
            if (accepted != null) {
                s.execute("INSERT INTO accepted_raw SELECT " + ROW_COLUMNS + " FROM read_parquet(" + accepted
                        + ", hive_partitioning = true, union_by_name = true)");
            }
            String submissions = parquetList(store, m, Store.SUBMISSIONS);
            if (submissions != null) {
                s.execute("INSERT INTO submissions_raw SELECT " + SUBMISSION_COLUMNS + " FROM read_parquet(" + submissions
                        + ", union_by_name = true)");
            }
        }
        Map<String, Integer> at = new HashMap<>();
        for (Manifest.Batch b : m.batches()) {
            b.supersedes().forEach(h -> at.merge(h, b.sequence(), Math::max));
        }
        OracleCatalog.insert(c, "superseded", at.entrySet().stream().map(e -> new Object[] {e.getKey(), e.getValue()}).toList());
    }

    private static String parquetList(Store store, Manifest m, String dataset) {
        List<Manifest.DataFile> files = m.files(dataset);
        if (files.isEmpty()) {
            return null;
        }
        Path root = rootPath(store.root());
        return files.stream().map(f -> "'" + root.resolve(f.path()).toString().replace("'", "''") + "'")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static Path rootPath(String root) {
        return root.startsWith("file:") ? Path.of(URI.create(root)) : Path.of(root);
    }

    /** Runs one SQL resource, statement by statement (statements end with ';' at the end of a line). */
    private static void run(Connection c, String script) throws SQLException {
        String sql;
        try (InputStream in = DuckDbOracle.class.getResourceAsStream("/oracle/" + script + ".sql")) {
            if (in == null) {
                throw new IllegalStateException("missing resource oracle/" + script + ".sql");
            }
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String withoutComments = sql.lines().filter(l -> !l.strip().startsWith("--")).collect(Collectors.joining("\n"));
        try (Statement s = c.createStatement()) {
            for (String statement : withoutComments.split(";\\s*(\\n|$)")) {
                if (!statement.isBlank()) {
                    try {
                        s.execute(statement);
                    } catch (SQLException e) {
                        throw new SQLException(script + ".sql: " + e.getMessage() + "\n" + statement, e);
                    }
                }
            }
        }
    }

    static List<Map<String, Object>> query(Connection c, String sql) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.put(md.getColumnLabel(i), plain(rs.getObject(i)));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** Dates as LocalDate, whole numbers as Long, other numbers as Double. */
    static Object plain(Object v) {
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte || v instanceof BigInteger) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float || v instanceof Double || v instanceof BigDecimal) {
            return ((Number) v).doubleValue();
        }
        return v;
    }
}

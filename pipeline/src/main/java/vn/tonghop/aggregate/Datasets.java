package vn.tonghop.aggregate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The published datasets of one run (docs/aggregation.md), with the key columns each is sorted by. */
public record Datasets(Dataset<Row> reporting, Dataset<Row> reportingSummary, Dataset<Row> tasks, Dataset<Row> taskSummary,
                       Dataset<Row> indicators, Dataset<Row> lineage, Dataset<Row> submissions, Dataset<Row> quarantine) {

    public static final Map<String, List<String>> KEYS = Map.of(
            "reporting", List.of("ma_ke_hoach", "ky_bao_cao", "ma_don_vi"),
            "reporting_summary", List.of("ma_ke_hoach", "ky_bao_cao", "ma_don_vi", "pham_vi"),
            "tasks", List.of("ma_ke_hoach", "ky_bao_cao", "ma_don_vi", "ma_muc"),
            "task_summary", List.of("ma_ke_hoach", "ky_bao_cao", "ma_don_vi", "ma_muc", "pham_vi"),
            "indicators", List.of("ma_ke_hoach", "ky_bao_cao", "ma_don_vi", "ma_chi_tieu"),
            "lineage", List.of("ma_ke_hoach", "ky_bao_cao", "ma_don_vi", "so_lieu", "ma_muc", "ma_don_vi_nguon", "ky_bao_cao_nguon",
                    "ma_lan_nop", "so_dong", "vai_tro"),
            "submissions", List.of("ma_ke_hoach", "ky_bao_cao", "ma_don_vi", "thu_tu_nap", "ma_lan_nop"),
            "quarantine", List.of("tep_nguon", "so_dong", "thu_tu_nap"));

    /**
     * Published as Parquet only: a row per figure and source line grows past what a person opens as
     * CSV or Excel takes in a sheet (about a million rows at a thousand units); machines read Parquet.
     */
    public static final java.util.Set<String> PARQUET_ONLY = java.util.Set.of("lineage");

    /** From datasets by published name (as {@link #byName} gives them). */
    public static Datasets of(Map<String, Dataset<Row>> byName) {
        return new Datasets(byName.get("reporting"), byName.get("reporting_summary"), byName.get("tasks"), byName.get("task_summary"),
                byName.get("indicators"), byName.get("lineage"), byName.get("submissions"), byName.get("quarantine"));
    }

    /** By published name, in a fixed order. */
    public Map<String, Dataset<Row>> byName() {
        Map<String, Dataset<Row>> m = new LinkedHashMap<>();
        m.put("reporting", reporting);
        m.put("reporting_summary", reportingSummary);
        m.put("tasks", tasks);
        m.put("task_summary", taskSummary);
        m.put("indicators", indicators);
        m.put("lineage", lineage);
        m.put("submissions", submissions);
        m.put("quarantine", quarantine);
        return m;
    }
}

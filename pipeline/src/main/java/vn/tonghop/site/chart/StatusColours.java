package vn.tonghop.site.chart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one colour palette of the site, colour-blind safe (Okabe-Ito), with the Vietnamese names of the
 * statuses it colours. Charts, tables and legends use these so a status looks the same everywhere.
 * Maps iterate in the order a legend lists them.
 */
public final class StatusColours {
    // report status (tình trạng nộp báo cáo)
    public static final String DUNG_HAN = "#009E73";
    public static final String TRE_HAN = "#E69F00";
    public static final String CHUA_NOP = "#D55E00";
    public static final String CHUA_DEN_HAN = "#999999";

    // task status (tình trạng thực hiện nhiệm vụ)
    public static final String HOAN_THANH = "#009E73";
    public static final String DANG_THUC_HIEN = "#56B4E9";
    public static final String CHUA_THUC_HIEN = "#E69F00";
    public static final String KHONG_BAO_CAO = "#BBBBBB";

    /** Target (chỉ tiêu) lines, drawn dashed. */
    public static final String TARGET = "#000000";

    /** Line series colours, in order; the 7th series reuses the 1st colour. */
    public static final List<String> SERIES = List.of(
            "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9");

    /** Report status code to colour: dung_han, tre_han, chua_nop, chua_den_han. */
    public static final Map<String, String> REPORT_STATUS = ordered(
            "dung_han", DUNG_HAN,
            "tre_han", TRE_HAN,
            "chua_nop", CHUA_NOP,
            "chua_den_han", CHUA_DEN_HAN);

    /** Task status code to colour: hoan_thanh, dang_thuc_hien, chua_thuc_hien, khong_bao_cao. */
    public static final Map<String, String> TASK_STATUS = ordered(
            "hoan_thanh", HOAN_THANH,
            "dang_thuc_hien", DANG_THUC_HIEN,
            "chua_thuc_hien", CHUA_THUC_HIEN,
            "khong_bao_cao", KHONG_BAO_CAO);

    /** Report status code to its Vietnamese name, in the order of {@link #REPORT_STATUS}. */
    public static final Map<String, String> REPORT_STATUS_NAMES = ordered(
            "dung_han", "Đúng hạn",
            "tre_han", "Trễ hạn",
            "chua_nop", "Chưa nộp",
            "chua_den_han", "Chưa đến hạn");

    /** Task status code to its Vietnamese name, in the order of {@link #TASK_STATUS}. */
    public static final Map<String, String> TASK_STATUS_NAMES = ordered(
            "hoan_thanh", "Hoàn thành",
            "dang_thuc_hien", "Đang thực hiện",
            "chua_thuc_hien", "Chưa thực hiện",
            "khong_bao_cao", "Không báo cáo");

    private StatusColours() {
    }

    /** The colour of series {@code index} (0-based) of a line chart. */
    public static String series(int index) {
        if (index < 0) {
            throw new IllegalArgumentException(String.format("series index %d is negative", index));
        }
        return SERIES.get(index % SERIES.size());
    }

    /** The Vietnamese name of a report or task status code. */
    public static String statusName(String code) {
        String name = REPORT_STATUS_NAMES.get(code);
        if (name == null) {
            name = TASK_STATUS_NAMES.get(code);
        }
        if (name == null) {
            throw new IllegalArgumentException(String.format("unknown status code \"%s\"; known: %s and %s",
                    code, REPORT_STATUS_NAMES.keySet(), TASK_STATUS_NAMES.keySet()));
        }
        return name;
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}

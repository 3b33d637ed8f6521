package vn.tonghop.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tonghop.vi.Fold;

/**
 * The report columns and where a header row puts them. Header names match folded,
 * so "Mã đơn vị", "MA_DON_VI" and "ma don vi" are all {@code ma_don_vi}.
 */
final class ReportColumns {
    static final List<String> REQUIRED = List.of("ma_don_vi", "ma_ke_hoach", "ky_bao_cao", "ngay_nop", "ma_muc", "gia_tri");
    static final String NOTE = "ghi_chu";
    /** A byte order mark inside the text (files joined with copy /b) is invisible: never part of a value. */
    private static final String BOM = "\uFEFF";

    private final Map<String, Integer> indexByColumn;
    private final int width;

    private ReportColumns(Map<String, Integer> indexByColumn, int width) {
        this.indexByColumn = indexByColumn;
        this.width = width;
    }

    static String foldedName(String header) {
        return Fold.fold(header).replace("_", "").replace("-", "");
    }

    /** True when these cells are the header row: they name ma_don_vi and ma_muc. */
    static boolean isHeader(List<String> cells) {
        boolean unit = false;
        boolean item = false;
        for (String c : cells) {
            if (!mayNameAColumn(c)) {
                continue;
            }
            String f = foldedName(c);
            unit |= f.equals("madonvi");
            item |= f.equals("mamuc");
        }
        return unit && item;
    }

    /**
     * Every row is tested (a header may come again), so skip folding cells that cannot be
     * "ma_don_vi" or "ma_muc": long ones (notes) and those not starting with m.
     */
    private static boolean mayNameAColumn(String cell) {
        int first = cell.length() > 40 ? -1 : cell.codePoints().filter(Character::isLetterOrDigit).findFirst().orElse(-1);
        return first == 'm' || first == 'M';
    }

    static ReportColumns of(List<String> headerCells, String fileName, int rowNumber) throws FileRejected {
        Map<String, Integer> index = new LinkedHashMap<>();
        List<String> wanted = new ArrayList<>(REQUIRED);
        wanted.add(NOTE);
        int lastUsed = 0;
        for (int i = 0; i < headerCells.size(); i++) {
            String f = foldedName(headerCells.get(i));
            for (String column : wanted) {
                if (f.equals(foldedName(column))) {
                    if (index.putIfAbsent(column, i) != null) {
                        throw new FileRejected(Reason.TRUNG_COT, fileName + ", dòng " + rowNumber + ": cột " + column
                                + " xuất hiện hai lần trong dòng tiêu đề");
                    }
                }
            }
            if (!headerCells.get(i).isBlank()) {
                lastUsed = i + 1;
            }
        }
        List<String> missing = REQUIRED.stream().filter(c -> !index.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new FileRejected(Reason.THIEU_COT, fileName + ", dòng " + rowNumber + ": thiếu cột "
                    + String.join(", ", missing) + " (cần các cột " + String.join(", ", REQUIRED) + " và tùy chọn ghi_chu)");
        }
        return new ReportColumns(index, lastUsed);
    }

    /** Where a column is in the header row, or -1. */
    int index(String column) {
        return indexByColumn.getOrDefault(column, -1);
    }

    /** Builds a row from its cells; cells beyond the header's last named column make a shape problem. */
    RawRow row(int rowNumber, List<String> cells) {
        String shape = null;
        for (int i = width; i < cells.size(); i++) {
            if (!blank(cells.get(i))) {
                shape = "dòng có ô dữ liệu ở cột " + (i + 1) + " nằm ngoài " + width
                        + " cột của tiêu đề (có thể do dấu phẩy trong số hoặc ghi chú chưa đặt trong ngoặc kép)";
                break;
            }
        }
        return new RawRow(rowNumber, cell(cells, "ma_don_vi"), cell(cells, "ma_ke_hoach"), cell(cells, "ky_bao_cao"),
                cell(cells, "ngay_nop"), cell(cells, "ma_muc"), cell(cells, "gia_tri"), cell(cells, NOTE), shape);
    }

    private String cell(List<String> cells, String column) {
        Integer i = indexByColumn.get(column);
        if (i == null || i >= cells.size() || cells.get(i) == null) {
            return "";
        }
        return Fold.nfc(cells.get(i)).replace('\u00A0', ' ').replace(BOM, "").strip();
    }

    static boolean isBlank(List<String> cells) {
        return cells.stream().allMatch(ReportColumns::blank);
    }

    private static boolean blank(String cell) {
        return cell == null || cell.replace(BOM, "").isBlank();
    }
}

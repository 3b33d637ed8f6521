package vn.tonghop.ingest;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Merged cells as a reader of the form sees them: a value merged down a column (unit, period and date
 * written once for the whole report) counts for every row it spans. Cells covered sideways stay
 * empty, so a wide note box never spills into columns beyond the header.
 */
final class MergedCells {
    private final Sheet sheet;
    private final Map<Long, CellRangeAddress> coveringDown = new HashMap<>();
    private final Map<Integer, Integer> widthByRow = new HashMap<>();

    MergedCells(Sheet sheet) {
        this.sheet = sheet;
        int lastRow = sheet.getLastRowNum();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            for (int r = region.getFirstRow() + 1; r <= Math.min(region.getLastRow(), lastRow); r++) {
                coveringDown.put(key(r, region.getFirstColumn()), region);
                widthByRow.merge(r, region.getFirstColumn() + 1, Math::max);
            }
        }
    }

    /** How many cells of this row to read: its own, and any a merge above reaches into. */
    int width(Row row) {
        return Math.max(Math.max(0, row.getLastCellNum()), widthByRow.getOrDefault(row.getRowNum(), 0));
    }

    /** The cell whose value shows at (row, column): the cell itself, or the top of a merge covering it. */
    Cell valueAt(Row row, int column) {
        Cell own = row.getCell(column);
        CellRangeAddress region = coveringDown.get(key(row.getRowNum(), column));
        if (region == null || own != null && own.getCellType() != CellType.BLANK) {
            return own;
        }
        Row top = sheet.getRow(region.getFirstRow());
        return top == null ? own : top.getCell(region.getFirstColumn());
    }

    private static long key(int row, int column) {
        return (long) row << 16 | column;
    }
}

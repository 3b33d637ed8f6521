package vn.tonghop.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fills a generated form the way a person does in Excel: finds the table by its header labels, types
 * the date into the date cell, picks statuses from the drop-down's own list, types percentages,
 * values within each cell's validation and notes into the unlocked cells, then saves (Excel
 * recalculates formulas on save, as POI's evaluator does here). Returns what was typed, per row.
 */
final class ReportFormFiller {
    /** One row as filled: {@code status}, {@code percent} for tasks, {@code value} for indicators; nulls where left empty. */
    record Entered(String file, int excelRow, String unit, String item, boolean task, String status, Double percent,
                   Double value, String note) {
        boolean blank() {
            return task ? status == null && percent == null : value == null;
        }
    }

    private static final DataFormatter TEXT = new DataFormatter();

    private ReportFormFiller() {
    }

    /** Fills {@code form} into {@code saveAs}; items in {@code leaveBlank} are skipped like a unit with no data for them. */
    static List<Entered> fill(Path form, Path saveAs, LocalDate submitted, Set<String> leaveBlank) throws IOException {
        List<Entered> entered = new ArrayList<>();
        try (InputStream in = Files.newInputStream(form); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            dateCell(sheet).setCellValue(submitted);
            int headerRow = headerRow(sheet);
            Map<String, Integer> column = columns(sheet.getRow(headerRow));
            for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String unit = text(row, column.get("Mã đơn vị"));
                String item = text(row, column.get("Mã mục"));
                boolean task = text(row, column.get("Loại")).equals("Nhiệm vụ");
                int n = r - headerRow;
                if (leaveBlank.contains(item)) {
                    entered.add(new Entered(form.getFileName().toString(), r + 1, unit, item, task, null, null, null, null));
                    continue;
                }
                String note = "Đơn vị " + unit + " báo cáo mục " + item + ": đã triển khai, có kết quả cụ thể";
                row.getCell(column.get("Ghi chú")).setCellValue(note);
                if (task) {
                    Cell statusCell = row.getCell(column.get("Trạng thái"));
                    List<String> choices = List.of(validation(sheet, statusCell).getValidationConstraint().getExplicitListValues());
                    String status = choices.get(n % choices.size());
                    statusCell.setCellValue(status);
                    Double percent = switch (choices.indexOf(status)) {
                        case 0 -> n % 2 == 0 ? 100.0 : null; // done: 100 typed, or left empty
                        case 1 -> 10 + (n * 7) % 85 + (n % 2 == 0 ? 0.5 : 0.0);
                        default -> null;
                    };
                    if (percent != null) {
                        row.getCell(column.get("Tỷ lệ hoàn thành (%)")).setCellValue(percent);
                    }
                    entered.add(new Entered(form.getFileName().toString(), r + 1, unit, item, true, status, percent, null, note));
                } else {
                    Cell valueCell = row.getCell(column.get("Giá trị"));
                    double value = withinValidation(validation(sheet, valueCell).getValidationConstraint(), n);
                    valueCell.setCellValue(value);
                    entered.add(new Entered(form.getFileName().toString(), r + 1, unit, item, false, null, null, value, note));
                }
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(saveAs)) {
                wb.write(out);
            }
        }
        return entered;
    }

    /** A value a person would type that the cell's validation lets through: whole counts, or a decimal within 0..100. */
    private static double withinValidation(DataValidationConstraint c, int n) {
        double v = c.getValidationType() == DataValidationConstraint.ValidationType.INTEGER ? 3 + n * 41 : 12.5 + n;
        if (c.getFormula2() != null) {
            v = Math.min(v, Double.parseDouble(c.getFormula2()));
        }
        return v;
    }

    static Cell dateCell(XSSFSheet sheet) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (TEXT.formatCellValue(cell).equals("Ngày nộp báo cáo:")) {
                    for (Cell next : row) { // the first cell right of the label that is open for typing
                        if (next.getColumnIndex() > cell.getColumnIndex() && !next.getCellStyle().getLocked()) {
                            return next;
                        }
                    }
                }
            }
        }
        throw new AssertionError("no 'Ngày nộp báo cáo:' label on sheet " + sheet.getSheetName());
    }

    static int headerRow(XSSFSheet sheet) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (TEXT.formatCellValue(cell).equals("Mã mục")) {
                    return row.getRowNum();
                }
            }
        }
        throw new AssertionError("no header row with 'Mã mục' on sheet " + sheet.getSheetName());
    }

    static Map<String, Integer> columns(Row header) {
        Map<String, Integer> byLabel = new HashMap<>();
        header.forEach(c -> byLabel.put(TEXT.formatCellValue(c), c.getColumnIndex()));
        return byLabel;
    }

    static String text(Row row, int column) {
        Cell c = row.getCell(column);
        return c == null ? "" : TEXT.formatCellValue(c);
    }

    /** The validation covering a cell, as Excel finds it; fails when the cell has none. */
    static DataValidation validation(XSSFSheet sheet, Cell cell) {
        for (DataValidation v : sheet.getDataValidations()) {
            for (CellRangeAddress range : v.getRegions().getCellRangeAddresses()) {
                if (range.isInRange(cell)) {
                    return v;
                }
            }
        }
        throw new AssertionError("no validation on " + cell.getAddress());
    }
}

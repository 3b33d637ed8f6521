package vn.tonghop.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A sheet of an .xlsx read back with POI and drawn as a plain HTML table, for a picture of the form
 * without a spreadsheet program: cell values as shown, merged cells, column widths, row heights, bold
 * text and fills from the styles. Cells open for typing (unlocked) get a dashed border; drop-down cells
 * an arrow; the sheet's protection is stated above the table.
 */
final class ReportFormPreview {
    private ReportFormPreview() {
    }

    static String html(Path xlsx, int sheetIndex) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheetAt(sheetIndex);
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            DataFormatter formatter = new DataFormatter(java.util.Locale.forLanguageTag("vi-VN")); // 38,5 as Excel shows it in Vietnam
            int width = 0;
            for (Row row : sheet) {
                width = Math.max(width, row.getLastCellNum());
            }
            StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>")
                    .append(escape(sheet.getSheetName())).append("</title><style>")
                    .append("body{font-family:Arial,'DejaVu Sans',sans-serif;font-size:13px;margin:16px;background:#fff}")
                    .append("table{border-collapse:collapse;table-layout:fixed}")
                    .append("td{vertical-align:top;padding:2px 4px;white-space:pre-wrap;overflow:hidden;border:1px solid #eee}")
                    .append("td.input{outline:2px dashed #2f6fbf;outline-offset:-3px}")
                    .append(".list:after{content:' \\25BE';float:right;color:#2f6fbf}")
                    .append("p.legend{margin:0 0 8px;color:#333}</style></head><body>");
            html.append("<p class=\"legend\">Trang tính “").append(escape(sheet.getSheetName())).append("”: ")
                    .append(sheet.getProtect() ? "đã khóa (không mật khẩu)" : "không khóa")
                    .append(". Ô viền xanh nét đứt: ô đơn vị điền (không khóa); ▾: chọn trong danh sách.</p>");
            StringBuilder cols = new StringBuilder();
            long tableWidth = 0;
            for (int c = 0; c < width; c++) {
                long px = Math.round(sheet.getColumnWidth(c) / 256.0 * 7.5);
                tableWidth += px;
                cols.append("<col style=\"width:").append(px).append("px\">");
            }
            html.append("<table style=\"width:").append(tableWidth).append("px\"><colgroup>").append(cols);
            html.append("</colgroup>");
            Map<String, CellRangeAddress> mergedAt = new HashMap<>();
            Set<String> covered = new HashSet<>();
            for (CellRangeAddress m : sheet.getMergedRegions()) {
                mergedAt.put(m.getFirstRow() + ":" + m.getFirstColumn(), m);
                for (int r = m.getFirstRow(); r <= m.getLastRow(); r++) {
                    for (int c = m.getFirstColumn(); c <= m.getLastColumn(); c++) {
                        covered.add(r + ":" + c);
                    }
                }
            }
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                html.append("<tr style=\"height:").append(row == null ? 20 : Math.round(row.getHeightInPoints() * 4 / 3)).append("px\">");
                for (int c = 0; c < width; c++) {
                    CellRangeAddress merge = mergedAt.get(r + ":" + c);
                    if (merge == null && covered.contains(r + ":" + c)) {
                        continue;
                    }
                    Cell cell = row == null ? null : row.getCell(c);
                    html.append(td(sheet, cell, merge, formatter, evaluator));
                }
                html.append("</tr>");
            }
            return html.append("</table></body></html>").toString();
        }
    }

    private static String td(XSSFSheet sheet, Cell cell, CellRangeAddress merge, DataFormatter formatter, FormulaEvaluator evaluator) {
        StringBuilder td = new StringBuilder("<td");
        if (merge != null && merge.getLastColumn() > merge.getFirstColumn()) {
            td.append(" colspan=\"").append(merge.getLastColumn() - merge.getFirstColumn() + 1).append('"');
        }
        if (cell == null) {
            return td.append("></td>").toString();
        }
        XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
        boolean list = hasList(sheet, cell);
        String classes = (style.getLocked() ? "" : "input") + (list ? " list" : "");
        if (!classes.isBlank()) {
            td.append(" class=\"").append(classes.strip()).append('"');
        }
        StringBuilder css = new StringBuilder();
        if (style.getFont().getBold()) {
            css.append("font-weight:bold;");
        }
        if (style.getFont().getItalic()) {
            css.append("font-style:italic;");
        }
        if (style.getFont().getFontHeightInPoints() > 11) {
            css.append("font-size:").append(style.getFont().getFontHeightInPoints() * 4 / 3).append("px;");
        }
        XSSFColor fill = style.getFillForegroundColorColor();
        if (fill != null && fill.getRGB() != null) {
            byte[] rgb = fill.getRGB();
            css.append(String.format("background:#%02x%02x%02x;", rgb[0] & 0xff, rgb[1] & 0xff, rgb[2] & 0xff));
        }
        if (style.getBorderBottom() != org.apache.poi.ss.usermodel.BorderStyle.NONE) {
            css.append("border:1px solid #555;");
        }
        css.append("text-align:").append(switch (style.getAlignment()) {
            case CENTER -> "center";
            case RIGHT -> "right";
            default -> "left";
        }).append(';');
        if (!style.getWrapText()) {
            css.append("white-space:nowrap;");
        }
        td.append(" style=\"").append(css).append("\">");
        return td.append(escape(formatter.formatCellValue(cell, evaluator))).append("</td>").toString();
    }

    private static boolean hasList(XSSFSheet sheet, Cell cell) {
        for (DataValidation v : sheet.getDataValidations()) {
            if (v.getValidationConstraint().getValidationType() == DataValidationConstraint.ValidationType.LIST) {
                for (CellRangeAddress range : v.getRegions().getCellRangeAddresses()) {
                    if (range.isInRange(cell)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

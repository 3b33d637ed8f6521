package vn.tonghop.documents;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of a report form. Locked cells (filled in by tonghop) are white or grey; the cells a
 * unit fills in are unlocked and light yellow, so the protected sheet shows at once where to type.
 */
record FormStyles(CellStyle title, CellStyle subtitle, CellStyle label, CellStyle value, CellStyle hint, CellStyle header,
                  CellStyle fixed, CellStyle fixedWrapped, CellStyle fixedDate, CellStyle computed, CellStyle unused,
                  CellStyle inputText, CellStyle inputWrapped, CellStyle inputNumber, CellStyle inputPercent, CellStyle inputInteger,
                  CellStyle inputDate, CellStyle guideHeading, CellStyle guideText) {
    static final short FONT_POINTS = 10;

    static FormStyles of(XSSFWorkbook wb) {
        Font plain = font(wb, false, false, FONT_POINTS);
        Font bold = font(wb, true, false, FONT_POINTS);
        Font big = font(wb, true, false, (short) 13);
        Font italic = font(wb, false, true, FONT_POINTS);
        short date = wb.createDataFormat().getFormat("dd/mm/yyyy");
        short integer = wb.createDataFormat().getFormat("#,##0");
        short text = wb.createDataFormat().getFormat("@");
        // 60 typed shows as 60%; "60%" typed would be stored as 0,6 and then shows 0,6%, so the slip is visible
        short percentSign = wb.createDataFormat().getFormat("General\"%\"");
        return new FormStyles(
                style(wb, big, true, HorizontalAlignment.CENTER, false, null),
                style(wb, italic, true, HorizontalAlignment.CENTER, false, null),
                style(wb, bold, true, HorizontalAlignment.LEFT, false, null),
                style(wb, plain, true, HorizontalAlignment.LEFT, false, null),
                style(wb, italic, true, HorizontalAlignment.LEFT, false, null),
                boxed(style(wb, bold, true, HorizontalAlignment.CENTER, false, IndexedColors.GREY_25_PERCENT)),
                boxed(style(wb, plain, false, HorizontalAlignment.LEFT, false, null)),
                boxed(style(wb, plain, true, HorizontalAlignment.LEFT, false, null)),
                withFormat(boxed(style(wb, plain, false, HorizontalAlignment.CENTER, false, null)), date),
                boxed(style(wb, plain, true, HorizontalAlignment.LEFT, false, IndexedColors.GREY_25_PERCENT)),
                boxed(style(wb, plain, false, HorizontalAlignment.LEFT, false, IndexedColors.GREY_25_PERCENT)),
                withFormat(boxed(style(wb, plain, false, HorizontalAlignment.LEFT, true, IndexedColors.LIGHT_YELLOW)), text),
                withFormat(boxed(style(wb, plain, true, HorizontalAlignment.LEFT, true, IndexedColors.LIGHT_YELLOW)), text),
                boxed(style(wb, plain, false, HorizontalAlignment.RIGHT, true, IndexedColors.LIGHT_YELLOW)),
                withFormat(boxed(style(wb, plain, false, HorizontalAlignment.RIGHT, true, IndexedColors.LIGHT_YELLOW)), percentSign),
                withFormat(boxed(style(wb, plain, false, HorizontalAlignment.RIGHT, true, IndexedColors.LIGHT_YELLOW)), integer),
                withFormat(boxed(style(wb, bold, false, HorizontalAlignment.CENTER, true, IndexedColors.LIGHT_YELLOW)), date),
                style(wb, bold, true, HorizontalAlignment.LEFT, false, null),
                style(wb, plain, true, HorizontalAlignment.LEFT, false, null));
    }

    private static Font font(XSSFWorkbook wb, boolean bold, boolean italic, short points) {
        Font f = wb.createFont();
        f.setFontName("Arial");
        f.setFontHeightInPoints(points);
        f.setBold(bold);
        f.setItalic(italic);
        return f;
    }

    private static CellStyle style(XSSFWorkbook wb, Font font, boolean wrap, HorizontalAlignment align, boolean input,
                                   IndexedColors fill) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setWrapText(wrap);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setLocked(!input);
        if (fill != null) {
            s.setFillForegroundColor(fill.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return s;
    }

    private static CellStyle boxed(CellStyle s) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    private static CellStyle withFormat(CellStyle s, short format) {
        s.setDataFormat(format);
        return s;
    }
}

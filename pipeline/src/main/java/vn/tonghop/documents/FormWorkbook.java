package vn.tonghop.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tonghop.catalog.Indicator;
import vn.tonghop.common.DeterministicZip;
import vn.tonghop.vi.ViFormat;

/**
 * One unit's report form as an .xlsx the ingest reads as it is: a locked title block (rows above the
 * header row, which the ingest skips), then the ingest's own columns (Mã đơn vị ... Giá trị, Ghi chú)
 * with helper columns between them, one row per task and indicator, nothing below the table. A task's
 * Giá trị is a formula joining the status chosen from the drop-down and the percentage typed
 * ("đang thực hiện 60%"); every row's Ngày nộp is a formula taking the one date typed in the title
 * block. Formulas are calculated before saving, so even a blank form carries their (empty) values.
 */
final class FormWorkbook {
    static final String SHEET = "Báo cáo";
    /** The task statuses of the drop-down, in the words the ingest reads (README, "Report input"). */
    static final List<String> STATUSES = List.of("hoàn thành", "đang thực hiện", "chưa thực hiện");
    static final String TASK_KIND = "Nhiệm vụ";
    static final String INDICATOR_KIND = "Chỉ tiêu";
    static final String DATE_LABEL = "Ngày nộp báo cáo:";

    /** The table's columns in order; the first four and Mã mục, Giá trị, Ghi chú are the ingest's. */
    enum Column {
        UNIT("Mã đơn vị", 12), PLAN("Mã kế hoạch", 10), PERIOD("Kỳ báo cáo", 9), SUBMITTED("Ngày nộp", 11),
        ITEM("Mã mục", 9), KIND("Loại", 9), TEXT("Nội dung", 52), UNITS("Chủ trì, phối hợp / Đơn vị tính", 18),
        TARGET("Chỉ tiêu giao", 12), STATUS("Trạng thái", 16), PERCENT("Tỷ lệ hoàn thành (%)", 11),
        VALUE("Giá trị", 17), NOTE("Ghi chú", 32);

        final String label;
        final int width;

        Column(String label, int width) {
            this.label = label;
            this.width = width;
        }

        String letter() {
            return CellReference.convertNumToColString(ordinal());
        }
    }

    private static final int LAST_COLUMN = Column.values().length - 1;
    /** Row index (0-based) of the submission date typed in the title block, and of the table's header row. */
    static final int DATE_ROW = 6;
    static final int HEADER_ROW = 8;

    private FormWorkbook() {
    }

    static byte[] write(FormContent form) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            FormStyles styles = FormStyles.of(wb);
            fixProperties(wb, form);
            XSSFSheet sheet = wb.createSheet(SHEET);
            titleBlock(sheet, styles, form);
            table(sheet, styles, form);
            layout(sheet, form);
            FormGuide.write(wb.createSheet(FormGuide.SHEET), styles, form);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.setActiveSheet(0);
            wb.write(bytes);
            return DeterministicZip.withFixedTimes(bytes.toByteArray(), form.period().start().atStartOfDay());
        } catch (IOException e) {
            throw new UncheckedIOException("Không tạo được mẫu báo cáo .xlsx của đơn vị " + form.unit().code(), e);
        }
    }

    /** POI stamps the clock into the core properties: fixed to the period's first day, the bytes depend on the catalog only. */
    private static void fixProperties(XSSFWorkbook wb, FormContent form) {
        var props = wb.getProperties().getCoreProperties();
        Date stamp = Date.from(form.period().start().atStartOfDay(ZoneOffset.UTC).toInstant());
        props.setCreated(Optional.of(stamp));
        props.setModified(Optional.of(stamp));
        props.setCreator("tonghop");
        props.setTitle("Mẫu báo cáo " + form.plan().code() + " kỳ " + form.period().code() + " - " + form.unit().code());
    }

    private static void titleBlock(XSSFSheet sheet, FormStyles styles, FormContent form) {
        merged(sheet, 0, 0, LAST_COLUMN, "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ " + form.plan().code(), styles.title(), 20);
        merged(sheet, 1, 0, LAST_COLUMN, form.plan().title(), styles.subtitle(), lines(form.plan().title(), 200) * 13 + 3);
        labelled(sheet, styles, 3, "Đơn vị báo cáo:", form.unit().code() + " - " + form.unit().name());
        labelled(sheet, styles, 4, "Kỳ báo cáo:", ViFormat.capitalize(form.period().vietnamese()) + " (mã kỳ " + form.period().code() + ")");
        labelled(sheet, styles, 5, "Hạn nộp:", ViFormat.date(form.dueDate()) + " (gửi " + form.plan().issuer() + ")");
        Row dateRow = sheet.createRow(DATE_ROW);
        merged(sheet, DATE_ROW, 0, 2, DATE_LABEL, styles.label(), 16);
        Cell date = dateRow.createCell(Column.SUBMITTED.ordinal());
        date.setCellStyle(styles.inputDate());
        merged(sheet, DATE_ROW, Column.ITEM.ordinal(), LAST_COLUMN, "← ghi ngày gửi báo cáo (ngày/tháng/năm); cột Ngày nộp"
                + " bên dưới tự lấy ngày này. Chỉ điền vào các ô nền vàng; hướng dẫn ở trang \"" + FormGuide.SHEET + "\".",
                styles.hint(), 28);
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        validate(sheet, helper.createDateConstraint(OperatorType.GREATER_OR_EQUAL,
                        "DATE(" + form.period().start().getYear() + "," + form.period().start().getMonthValue() + ","
                                + form.period().start().getDayOfMonth() + ")", null, "dd/mm/yyyy"),
                new CellRangeAddressList(DATE_ROW, DATE_ROW, Column.SUBMITTED.ordinal(), Column.SUBMITTED.ordinal()),
                "Ngày nộp", "Ghi ngày dạng ngày/tháng/năm, từ " + ViFormat.date(form.period().start()) + " trở đi.");
    }

    private static void labelled(XSSFSheet sheet, FormStyles styles, int row, String label, String value) {
        merged(sheet, row, 0, 2, label, styles.label(), 16);
        merged(sheet, row, Column.SUBMITTED.ordinal(), LAST_COLUMN, value, styles.value(), 16);
    }

    /** Text in one row across columns; merged sideways only, so the ingest's reading of merges down a column never applies. */
    private static void merged(XSSFSheet sheet, int rowIndex, int from, int to, String text, CellStyle style, float points) {
        Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
        row.setHeightInPoints(points);
        for (int c = from; c <= to; c++) {
            row.createCell(c).setCellStyle(style);
        }
        row.getCell(from).setCellValue(text);
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, from, to));
        }
    }

    private static void table(XSSFSheet sheet, FormStyles styles, FormContent form) {
        Row header = sheet.createRow(HEADER_ROW);
        for (Column c : Column.values()) {
            Cell cell = header.createCell(c.ordinal());
            cell.setCellValue(c.label);
            cell.setCellStyle(styles.header());
        }
        header.setHeightInPoints(28);
        int at = HEADER_ROW + 1;
        for (FormContent.FormTask task : form.tasks()) {
            Row row = itemRow(sheet, styles, form, at, task.code(), TASK_KIND, task.text(), task.units(), "");
            row.createCell(Column.STATUS.ordinal()).setCellStyle(styles.inputText());
            row.createCell(Column.PERCENT.ordinal()).setCellStyle(styles.inputPercent());
            Cell value = row.createCell(Column.VALUE.ordinal());
            value.setCellStyle(styles.computed());
            String status = Column.STATUS.letter() + (at + 1);
            String percent = Column.PERCENT.letter() + (at + 1);
            value.setCellFormula("IF(" + status + "=\"\",IF(" + percent + "=\"\",\"\"," + percent + "&\"%\"),"
                    + status + "&IF(" + percent + "=\"\",\"\",\" \"&" + percent + "&\"%\"))");
            at++;
        }
        int firstIndicator = at;
        for (FormContent.FormIndicator fi : form.indicators()) {
            Indicator indicator = fi.indicator();
            String text = indicator.name() + (fi.usedFor().isEmpty() ? "" : "\n(Dùng tính " + fi.usedFor() + ")");
            Row row = itemRow(sheet, styles, form, at, indicator.code(), INDICATOR_KIND, text, indicator.unitOfMeasure(), fi.target());
            row.createCell(Column.STATUS.ordinal()).setCellStyle(styles.unused());
            row.createCell(Column.PERCENT.ordinal()).setCellStyle(styles.unused());
            row.createCell(Column.VALUE.ordinal()).setCellStyle(
                    indicator.valueType() == Indicator.ValueType.INTEGER ? styles.inputInteger() : styles.inputNumber());
            at++;
        }
        validations(sheet, form, firstIndicator);
    }

    /** The cells every row has: the ingest's keys (locked), what the item is, and the unit's note. */
    private static Row itemRow(XSSFSheet sheet, FormStyles styles, FormContent form, int at, String code, String kind,
                               String text, String units, String target) {
        Row row = sheet.createRow(at);
        fixed(row, Column.UNIT, form.unit().code(), styles.fixed());
        fixed(row, Column.PLAN, form.plan().code(), styles.fixed());
        fixed(row, Column.PERIOD, form.period().code(), styles.fixed());
        Cell date = row.createCell(Column.SUBMITTED.ordinal());
        date.setCellStyle(styles.fixedDate());
        String typed = "$" + Column.SUBMITTED.letter() + "$" + (DATE_ROW + 1);
        date.setCellFormula("IF(" + typed + "=\"\",\"\"," + typed + ")");
        fixed(row, Column.ITEM, code, styles.fixed());
        fixed(row, Column.KIND, kind, styles.fixed());
        fixed(row, Column.TEXT, text, styles.fixedWrapped());
        fixed(row, Column.UNITS, units, styles.fixedWrapped());
        fixed(row, Column.TARGET, target, styles.fixedWrapped());
        row.createCell(Column.NOTE.ordinal()).setCellStyle(styles.inputWrapped());
        int lines = Math.max(Math.max(lines(text, Column.TEXT.width), lines(units, Column.UNITS.width)),
                Math.max(lines(target, Column.TARGET.width), 2));
        row.setHeightInPoints(lines * 13f + 3);
        return row;
    }

    private static void fixed(Row row, Column column, String text, CellStyle style) {
        Cell cell = row.createCell(column.ordinal());
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    /** Lines a wrapped text takes in a column this many characters wide (Arial 10 fits a little more than the width). */
    static int lines(String text, int width) {
        int perLine = Math.max(1, (int) (width * 1.15));
        int lines = 0;
        for (String part : text.split("\n", -1)) {
            lines += Math.max(1, (part.length() + perLine - 1) / perLine);
        }
        return lines;
    }

    private static void validations(XSSFSheet sheet, FormContent form, int firstIndicator) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        int first = HEADER_ROW + 1;
        if (firstIndicator > first) {
            int last = firstIndicator - 1;
            validate(sheet, helper.createExplicitListConstraint(STATUSES.toArray(String[]::new)),
                    new CellRangeAddressList(first, last, Column.STATUS.ordinal(), Column.STATUS.ordinal()),
                    "Trạng thái", "Chọn trong danh sách: " + String.join(", ", STATUSES) + ".");
            validate(sheet, helper.createDecimalConstraint(OperatorType.BETWEEN, "0", "100"),
                    new CellRangeAddressList(first, last, Column.PERCENT.ordinal(), Column.PERCENT.ordinal()),
                    "Tỷ lệ hoàn thành", "Số từ 0 đến 100, không gõ dấu %; có thể để trống.");
        }
        for (int i = 0; i < form.indicators().size(); i++) {
            Indicator indicator = form.indicators().get(i).indicator();
            int row = firstIndicator + i;
            CellRangeAddressList cell = new CellRangeAddressList(row, row, Column.VALUE.ordinal(), Column.VALUE.ordinal());
            switch (indicator.valueType()) {
                case INTEGER -> validate(sheet, helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null), cell,
                        indicator.code(), "Số nguyên, không âm (" + indicator.unitOfMeasure() + ").");
                case DECIMAL -> validate(sheet, helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null), cell,
                        indicator.code(), "Số không âm (" + indicator.unitOfMeasure() + ").");
                case PERCENT -> validate(sheet, helper.createDecimalConstraint(OperatorType.BETWEEN, "0", "100"), cell,
                        indicator.code(), "Tỷ lệ phần trăm: số từ 0 đến 100, không gõ dấu %.");
            }
        }
    }

    private static void validate(XSSFSheet sheet, DataValidationConstraint constraint, CellRangeAddressList cells,
                                 String title, String rule) {
        DataValidation v = new XSSFDataValidationHelper(sheet).createValidation(constraint, cells);
        v.setSuppressDropDownArrow(true); // POI's XSSF flag is inverted: true shows the list's arrow
        v.setEmptyCellAllowed(true);
        v.setShowErrorBox(true);
        v.createErrorBox("Giá trị không hợp lệ", rule);
        v.setShowPromptBox(true);
        v.createPromptBox(title, rule);
        sheet.addValidationData(v);
    }

    /** Column widths, frozen header, protection (no password: it guards against slips, not people), A4 printing. */
    private static void layout(XSSFSheet sheet, FormContent form) {
        int longestItem = Stream.concat(form.tasks().stream().map(FormContent.FormTask::code),
                form.indicators().stream().map(i -> i.indicator().code())).mapToInt(String::length).max().orElse(0);
        for (Column c : Column.values()) {
            // codes are never wrapped: their columns widen to the longest one
            int needed = switch (c) {
                case UNIT -> form.unit().code().length() + 3;
                case PLAN -> form.plan().code().length() + 3;
                case ITEM -> longestItem + 3;
                default -> 0;
            };
            sheet.setColumnWidth(c.ordinal(), Math.max(c.width, needed) * 256);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.enableLocking();
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.RIGHT, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.TOP, 0.5);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.BOTTOM, 0.6);
        sheet.getFooter().setLeft(form.unit().code() + " - " + form.plan().code() + " - " + form.period().code());
        sheet.getFooter().setRight("Trang &P/&N");
    }
}

package vn.tonghop.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tonghop.catalog.CalendarEntry;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.Indicator;
import vn.tonghop.catalog.Period;
import vn.tonghop.catalog.Plan;
import vn.tonghop.catalog.Task;
import vn.tonghop.catalog.UnitVersion;
import vn.tonghop.testing.TestCatalogs;
import vn.tonghop.vi.ViFormat;

/**
 * The form of the first expected unit of each plan (bundled and mini catalogs) read back with POI:
 * the items the catalog says, filled-in cells locked and typed cells open, each validation on the
 * right cells with the right range, and a page set up for A4.
 */
class ReportFormWorkbookTest {
    @TempDir
    Path out;

    record Case(String name, Catalog catalog, Plan plan, Period period, String unit) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> forms() {
        List<Arguments> cases = new ArrayList<>();
        for (Catalog catalog : List.of(TestCatalogs.mini(), vn.tonghop.catalog.CatalogLoader.load(TestCatalogs.BUNDLED))) {
            for (Plan plan : catalog.plans()) {
                for (CalendarEntry entry : plan.calendar().entries()) {
                    Period.inYear(entry.type(), plan.validFrom().getYear()).stream().filter(p -> catalog.periodInPlan(plan, p))
                            .findFirst().ifPresent(p -> ReportForms.expectedUnits(catalog, plan, p).stream().findFirst().ifPresent(
                                    u -> cases.add(Arguments.of(new Case(plan.slug() + " " + p + " " + u, catalog, plan, p, u)))));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void lockedWhereFilledInOpenWhereTypedValidatedWhereItMatters(Case c) throws IOException {
        Path file = ReportForms.write(c.catalog(), c.plan(), c.period(), List.of(c.unit()), out).workbooks().get(0);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals("Báo cáo", wb.getSheetName(0));
            assertEquals("Hướng dẫn", wb.getSheetName(1));
            XSSFSheet sheet = wb.getSheetAt(0);
            assertTrue(sheet.getProtect(), "the form sheet is protected");
            var protection = sheet.getCTWorksheet().getSheetProtection();
            assertFalse(protection.isSetPassword() || protection.isSetHashValue(), "protected without a password");
            int header = ReportFormFiller.headerRow(sheet);
            titleBlock(c, sheet, header);
            Map<String, Integer> col = ReportFormFiller.columns(sheet.getRow(header));
            List<String> items = new ArrayList<>();
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String item = ReportFormFiller.text(row, col.get("Mã mục"));
                items.add(item);
                boolean task = ReportFormFiller.text(row, col.get("Loại")).equals("Nhiệm vụ");
                for (String fixed : List.of("Mã đơn vị", "Mã kế hoạch", "Kỳ báo cáo", "Ngày nộp", "Mã mục", "Loại", "Nội dung")) {
                    assertTrue(row.getCell(col.get(fixed)).getCellStyle().getLocked(), item + ": " + fixed + " is locked");
                }
                assertEquals(c.unit(), ReportFormFiller.text(row, col.get("Mã đơn vị")));
                assertEquals(CellType.FORMULA, row.getCell(col.get("Ngày nộp")).getCellType(), "the date follows the one typed");
                assertOpen(row, col.get("Ghi chú"), true, item);
                assertOpen(row, col.get("Trạng thái"), task, item);
                assertOpen(row, col.get("Tỷ lệ hoàn thành (%)"), task, item);
                assertOpen(row, col.get("Giá trị"), !task, item);
                if (task) {
                    assertEquals(CellType.FORMULA, row.getCell(col.get("Giá trị")).getCellType(), item + ": value joins status and %");
                    DataValidationConstraint status = validation(sheet, row, col.get("Trạng thái"));
                    assertEquals(List.of("hoàn thành", "đang thực hiện", "chưa thực hiện"), List.of(status.getExplicitListValues()));
                    assertRange(validation(sheet, row, col.get("Tỷ lệ hoàn thành (%)")), ValidationType.DECIMAL, "0", "100", item);
                } else {
                    Indicator indicator = c.catalog().indicator(item).orElseThrow();
                    var target = indicator.target();
                    if (target != null && target.perUnit() != null && target.kinds().contains(unitKind(c))) {
                        assertTrue(ReportFormFiller.text(row, col.get("Chỉ tiêu giao")).startsWith(ViFormat.number(target.perUnit(), 2)),
                                item + ": the unit's own target is shown");
                    }
                    DataValidationConstraint v = validation(sheet, row, col.get("Giá trị"));
                    switch (indicator.valueType()) {
                        case INTEGER -> assertRange(v, ValidationType.INTEGER, "0", null, item);
                        case DECIMAL -> assertRange(v, ValidationType.DECIMAL, "0", null, item);
                        case PERCENT -> assertRange(v, ValidationType.DECIMAL, "0", "100", item);
                    }
                }
            }
            assertEquals(expectedItems(c), items, "tasks the unit reports, then the indicators it types");
            PrintSetup print = sheet.getPrintSetup();
            assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
            assertTrue(print.getLandscape());
            assertEquals(1, print.getFitWidth());
            assertEquals(0, print.getFitHeight());
            assertEquals(header + 1, sheet.getPaneInformation().getHorizontalSplitPosition(), "frozen below the header row");
            assertEquals(new CellRangeAddress(header, header, -1, -1).formatAsString(), sheet.getRepeatingRows().formatAsString());
        }
    }

    private static void titleBlock(Case c, XSSFSheet sheet, int header) {
        UnitVersion unit = c.catalog().units().versionOn(c.unit(), c.catalog().cutOff(c.plan(), c.period())).orElseThrow();
        StringBuilder text = new StringBuilder();
        List<Cell> open = new ArrayList<>();
        for (int r = 0; r < header; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (Cell cell : row) {
                if (cell.getCellStyle().getLocked()) {
                    text.append(ReportFormFiller.text(row, cell.getColumnIndex())).append('\n');
                } else {
                    open.add(cell);
                }
            }
        }
        for (String fact : List.of(unit.code(), unit.name(), c.plan().code(), c.plan().title(), c.period().code(),
                ViFormat.capitalize(c.period().vietnamese()), ViFormat.date(c.catalog().dueDate(c.plan(), c.period())))) {
            assertTrue(text.toString().contains(fact), "the locked title block states " + fact + ":\n" + text);
        }
        assertEquals(1, open.size(), "one cell of the title block is typed: the submission date");
        Cell date = open.get(0);
        assertEquals("dd/mm/yyyy", date.getCellStyle().getDataFormatString());
        assertEquals(ValidationType.DATE, validation(sheet, date.getRow(), date.getColumnIndex()).getValidationType());
    }

    /** Leaf tasks naming no unit or naming this one, then the indicators the plan carries that year except computed shares. */
    private static List<String> expectedItems(Case c) {
        List<String> items = new ArrayList<>(c.plan().leafTasks().filter(t -> named(t).isEmpty() || named(t).contains(c.unit()))
                .map(Task::code).toList());
        c.catalog().movements().stream().flatMap(m -> m.indicators().stream())
                .filter(i -> c.plan().carries(i.code(), c.period().year()) && !i.isComputed()).forEach(i -> items.add(i.code()));
        return items;
    }

    private static String unitKind(Case c) {
        return c.catalog().units().versionOn(c.unit(), c.catalog().cutOff(c.plan(), c.period())).orElseThrow().kind();
    }

    private static List<String> named(Task t) {
        return Stream.concat(t.lead().stream(), t.coordinate().stream()).toList();
    }

    private static void assertOpen(Row row, int column, boolean open, String item) {
        Cell cell = row.getCell(column);
        assertNotNull(cell, item + " column " + column);
        assertEquals(open, !cell.getCellStyle().getLocked(), item + " column " + column + (open ? " is open for typing" : " is locked"));
    }

    private static DataValidationConstraint validation(XSSFSheet sheet, Row row, int column) {
        DataValidation v = ReportFormFiller.validation(sheet, row.getCell(column));
        assertTrue(v.getShowErrorBox(), "a wrong value is refused, not only warned about");
        return v.getValidationConstraint();
    }

    private static void assertRange(DataValidationConstraint v, int type, String min, String max, String item) {
        assertEquals(type, v.getValidationType(), item);
        assertEquals(max == null ? OperatorType.GREATER_OR_EQUAL : OperatorType.BETWEEN, v.getOperator(), item);
        assertEquals(min, v.getFormula1(), item);
        assertEquals(max, v.getFormula2(), item);
    }
}

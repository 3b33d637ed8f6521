package vn.tonghop.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.Indicator;
import vn.tonghop.catalog.Period;
import vn.tonghop.catalog.Plan;
import vn.tonghop.catalog.Task;
import vn.tonghop.catalog.UnitVersion;

/**
 * "Biểu tổng hợp": the wide table offices file upward, for a plan and a period: units as rows in
 * tree order, each parent followed by its subtotal (its subtree's rolled-up figures), then the
 * report status, each leaf task's status and each indicator's value as columns.
 */
final class SummaryWorkbook {
    private final Catalog catalog;
    private final SiteData data;
    private Map<String, List<Map<String, Object>>> tasksByUnit = Map.of();

    SummaryWorkbook(Catalog catalog, SiteData data) {
        this.catalog = catalog;
        this.data = data;
    }

    static String fileName(Plan plan, SiteData.PeriodRef period) {
        return "bieu-tong-hop-" + plan.slug() + "-" + period.code().toLowerCase(java.util.Locale.ROOT) + ".xlsx";
    }

    Path write(Plan plan, SiteData.PeriodRef period, Path dir, LocalDate asOf) throws IOException {
        LocalDate cutOff = data.reporting(plan.code(), period.code()).stream().map(r -> (LocalDate) r.get("ngay_chot"))
                .findFirst().orElse(period.due());
        List<Task> tasks = plan.leafTasks().toList();
        tasksByUnit = data.tasks(plan.code(), period.code()).stream()
                .collect(java.util.stream.Collectors.groupingBy(r -> (String) r.get("ma_don_vi")));
        List<Indicator> indicators = data.indicators(plan.code(), period.code(), plan.reporters().subtree()).stream()
                .map(r -> catalog.indicator((String) r.get("ma_chi_tieu")).orElseThrow()).toList();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(ExcelExports.WINDOW); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            ExcelExports.Styles styles = new ExcelExports.Styles(wb);
            Sheet sheet = wb.createSheet("Biểu tổng hợp");
            String title = "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ " + plan.code() + ", "
                    + Period.parse(period.code()).orElseThrow().vietnamese().toUpperCase(java.util.Locale.ROOT);
            sheet.createRow(0).createCell(0).setCellValue(title);
            sheet.getRow(0).getCell(0).setCellStyle(styles.header);
            int width = 3 + tasks.size() + indicators.size();
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, Math.max(1, width - 1)));
            Row header = sheet.createRow(2);
            List<String> heads = new ArrayList<>(List.of("Đơn vị", "Tình trạng nộp", "Ngày nộp"));
            tasks.forEach(t -> heads.add("Nhiệm vụ " + t.code()));
            indicators.forEach(i -> heads.add(i.name() + " (" + i.unitOfMeasure() + ")"));
            for (int c = 0; c < heads.size(); c++) {
                header.createCell(c).setCellValue(heads.get(c));
                header.getCell(c).setCellStyle(styles.header);
            }
            int[] next = {3};
            addUnit(sheet, styles, plan, period, plan.reporters().subtree(), cutOff, 0, tasks, indicators, next);
            sheet.createFreezePane(1, 3);
            sheet.setColumnWidth(0, 60 * 256);
            return ExcelExports.save(wb, bytes, dir.resolve(fileName(plan, period)), asOf);
        }
    }

    private void addUnit(Sheet sheet, ExcelExports.Styles styles, Plan plan, SiteData.PeriodRef period, String unit, LocalDate cutOff,
                         int depth, List<Task> tasks, List<Indicator> indicators, int[] next) {
        List<String> children = catalog.units().childrenOn(unit, cutOff).stream()
                .sorted(Comparator.comparing(c -> name(c, cutOff))).toList();
        boolean isRoot = depth == 0;
        if (!isRoot) {
            ownRow(sheet.createRow(next[0]++), styles, plan, period, unit, cutOff, depth, tasks, indicators);
        }
        children.forEach(c -> addUnit(sheet, styles, plan, period, c, cutOff, depth + 1, tasks, indicators, next));
        if (!children.isEmpty()) {
            subtotalRow(sheet.createRow(next[0]++), styles, plan, period, unit, cutOff, depth, tasks, indicators);
        }
    }

    private void ownRow(Row row, ExcelExports.Styles styles, Plan plan, SiteData.PeriodRef period, String unit, LocalDate cutOff,
                        int depth, List<Task> tasks, List<Indicator> indicators) {
        row.createCell(0).setCellValue("  ".repeat(depth - 1) + name(unit, cutOff));
        data.report(plan.code(), period.code(), unit).ifPresent(r -> {
            row.createCell(1).setCellValue(StatusText.report(r.get("trang_thai")));
            styles.set(row, 2, "ngay_nop", r.get("ngay_nop"));
        });
        List<Map<String, Object>> taskRows = tasksByUnit.getOrDefault(unit, List.of());
        for (int i = 0; i < tasks.size(); i++) {
            String code = tasks.get(i).code();
            int column = 3 + i;
            taskRows.stream().filter(r -> code.equals(r.get("ma_muc"))).findFirst()
                    .ifPresent(r -> row.createCell(column).setCellValue(StatusText.task(r.get("trang_thai"))));
        }
        fillIndicators(row, styles, plan, period, unit, 3 + tasks.size(), indicators, "gia_tri");
    }

    private void subtotalRow(Row row, ExcelExports.Styles styles, Plan plan, SiteData.PeriodRef period, String unit, LocalDate cutOff,
                             int depth, List<Task> tasks, List<Indicator> indicators) {
        row.createCell(0).setCellValue("  ".repeat(Math.max(0, depth - 1)) + "Cộng " + name(unit, cutOff));
        row.getCell(0).setCellStyle(styles.header);
        data.summary(plan.code(), period.code(), unit, "cay").ifPresent(s -> row.createCell(1).setCellValue(
                SiteData.asLong(s, "da_nop") + "/" + SiteData.asLong(s, "ky_vong") + " đã nộp"));
        List<Map<String, Object>> summaries = data.taskSummary(plan.code(), period.code(), unit).stream()
                .filter(r -> "cay".equals(r.get("pham_vi"))).toList();
        for (int i = 0; i < tasks.size(); i++) {
            String code = tasks.get(i).code();
            int column = 3 + i;
            summaries.stream().filter(r -> code.equals(r.get("ma_muc"))).findFirst().ifPresent(r -> row.createCell(column)
                    .setCellValue(SiteData.asLong(r, "hoan_thanh_ky") + "/" + SiteData.asLong(r, "so_bao_cao") + " hoàn thành"));
        }
        fillIndicators(row, styles, plan, period, unit, 3 + tasks.size(), indicators, "gia_tri_tong_hop");
    }

    private void fillIndicators(Row row, ExcelExports.Styles styles, Plan plan, SiteData.PeriodRef period, String unit, int first,
                                List<Indicator> indicators, String column) {
        List<Map<String, Object>> values = data.indicators(plan.code(), period.code(), unit);
        for (int i = 0; i < indicators.size(); i++) {
            String code = indicators.get(i).code();
            int at = first + i;
            values.stream().filter(r -> code.equals(r.get("ma_chi_tieu"))).findFirst()
                    .ifPresent(r -> styles.set(row, at, "gia_tri", r.get(column)));
        }
    }

    private String name(String code, LocalDate on) {
        return catalog.units().versionOn(code, on).or(() -> catalog.units().latest(code)).map(UnitVersion::name).orElse(code);
    }
}

package vn.tonghop.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.tonghop.common.DeterministicZip;

/**
 * The datasets as .xlsx for people: Vietnamese headers, typed cells with number and date formats
 * (so decimals survive a Vietnamese Excel), text cells never evaluated as formulas, and the as-of
 * date as the document date, so equal input gives equal bytes.
 */
final class ExcelExports {
    static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("ma_don_vi", "Mã đơn vị"), Map.entry("ma_ke_hoach", "Số hiệu kế hoạch"), Map.entry("ke_hoach", "Mã kế hoạch"),
            Map.entry("ky_bao_cao", "Kỳ báo cáo"), Map.entry("nam", "Năm"), Map.entry("han_nop", "Hạn nộp"),
            Map.entry("ngay_chot", "Ngày chốt"), Map.entry("ky_vong", "Phải nộp"), Map.entry("ngay_nop", "Ngày nộp"),
            Map.entry("ngay_nop_cuoi", "Ngày nộp lần cuối"), Map.entry("ma_lan_nop_cuoi", "Mã lần nộp cuối"),
            Map.entry("so_lan_nop", "Số lần nộp"), Map.entry("trang_thai", "Tình trạng"), Map.entry("so_ngay_tre", "Số ngày trễ"),
            Map.entry("pham_vi", "Phạm vi"), Map.entry("da_nop", "Đã nộp"), Map.entry("dung_han", "Đúng hạn"),
            Map.entry("tre_han", "Trễ hạn"), Map.entry("chua_nop", "Chưa nộp"), Map.entry("chua_den_han", "Chưa đến hạn"),
            Map.entry("ty_le_nop", "Tỷ lệ nộp"), Map.entry("ty_le_dung_han", "Tỷ lệ đúng hạn"), Map.entry("ma_muc", "Mã nhiệm vụ"),
            Map.entry("la_nhom", "Nhóm nhiệm vụ"), Map.entry("phan_tram", "Phần trăm"), Map.entry("ghi_chu", "Ghi chú"),
            Map.entry("hoan_thanh_ky", "Hoàn thành trong kỳ"), Map.entry("han_chot", "Thời hạn"),
            Map.entry("ngay_hoan_thanh", "Ngày hoàn thành"), Map.entry("tien_do_han", "Tiến độ so với thời hạn"),
            Map.entry("so_bao_cao", "Số báo cáo"), Map.entry("hoan_thanh", "Hoàn thành"), Map.entry("dang_thuc_hien", "Đang thực hiện"),
            Map.entry("chua_thuc_hien", "Chưa thực hiện"), Map.entry("khong_bao_cao", "Không báo cáo"),
            Map.entry("ty_le_hoan_thanh", "Tỷ lệ hoàn thành"), Map.entry("qua_han", "Quá hạn"), Map.entry("ma_chi_tieu", "Mã chỉ tiêu"),
            Map.entry("ma_phong_trao", "Phong trào"), Map.entry("gia_tri", "Giá trị"), Map.entry("gia_tri_tong_hop", "Giá trị tổng hợp"),
            Map.entry("so_don_vi_co_so_lieu", "Số đơn vị có số liệu"), Map.entry("so_don_vi_ky_vong", "Số đơn vị phải báo cáo"),
            Map.entry("chi_tieu", "Chỉ tiêu đặt ra"), Map.entry("ty_le_dat", "Tỷ lệ đạt"), Map.entry("so_don_vi_ap_dung", "Số đơn vị áp dụng"),
            Map.entry("so_don_vi_dat", "Số đơn vị đạt"), Map.entry("chenh_lech_ky_truoc", "Chênh lệch so kỳ trước"),
            Map.entry("ty_le_tang_ky_truoc", "Tỷ lệ tăng so kỳ trước"), Map.entry("chenh_lech_cung_ky", "Chênh lệch so cùng kỳ"),
            Map.entry("ty_le_tang_cung_ky", "Tỷ lệ tăng so cùng kỳ"), Map.entry("ma_lan_nop", "Mã lần nộp"),
            Map.entry("tep_nguon", "Tệp nguồn"), Map.entry("thu_tu_nap", "Thứ tự nạp"), Map.entry("so_dong_nhan", "Số dòng nhận"),
            Map.entry("so_dong_cach_ly", "Số dòng cách ly"), Map.entry("duoc_tinh", "Được tính"), Map.entry("so_dong", "Dòng"),
            Map.entry("cap", "Cấp"), Map.entry("ma_don_vi_goc", "Mã đơn vị (gốc)"), Map.entry("ma_ke_hoach_goc", "Mã kế hoạch (gốc)"),
            Map.entry("ky_bao_cao_goc", "Kỳ báo cáo (gốc)"), Map.entry("ma_muc_goc", "Mã mục (gốc)"), Map.entry("gia_tri_goc", "Giá trị (gốc)"),
            Map.entry("ma_ly_do", "Mã lý do"), Map.entry("truong_loi", "Cột lỗi"), Map.entry("thong_diep", "Nội dung lỗi"),
            Map.entry("so_lieu", "Loại số liệu"), Map.entry("ma_don_vi_nguon", "Đơn vị nguồn"),
            Map.entry("ky_bao_cao_nguon", "Kỳ của nguồn"), Map.entry("ma_muc_nguon", "Mã mục ở dòng nguồn"),
            Map.entry("vai_tro", "Vai trò của dòng"));

    /** Whether a dataset's rows and its header row fit in one sheet (Excel's limit, 1,048,576 rows). */
    static boolean fitsInASheet(int rows) {
        return rows + 1 <= org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getMaxRows();
    }

    /** Short sheet names (Excel allows 31 characters). */
    static final Map<String, String> SHEETS = Map.of("reporting", "Nộp báo cáo", "reporting_summary", "Tổng hợp nộp báo cáo",
            "tasks", "Nhiệm vụ", "task_summary", "Tổng hợp nhiệm vụ", "indicators", "Chỉ tiêu", "submissions", "Lần nộp",
            "quarantine", "Cách ly", "lineage", "Nguồn số liệu");

    /** Whole numbers that are codes or years, never grouped by thousands. */
    private static final java.util.Set<String> PLAIN_NUMBERS = java.util.Set.of("nam", "so_dong", "thu_tu_nap");

    /** Rows SXSSF keeps in memory while streaming a sheet to disk, so a national-size export needs little heap. */
    static final int WINDOW = 500;

    private ExcelExports() {
    }

    /** Writes {@code name}.xlsx for a dataset; returns the file. */
    static Path write(String name, String title, List<Map<String, Object>> rows, Path dir, LocalDate asOf) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(ExcelExports.WINDOW); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Styles styles = new Styles(wb);
            Sheet sheet = wb.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(SHEETS.getOrDefault(name, title)));
            List<String> columns = rows.isEmpty() ? List.of() : List.copyOf(rows.get(0).keySet());
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(HEADERS.getOrDefault(columns.get(c), columns.get(c)));
                header.getCell(c).setCellStyle(styles.header);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < columns.size(); c++) {
                    styles.set(row, c, columns.get(c), rows.get(r).get(columns.get(c)));
                }
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < columns.size(); c++) {
                sheet.setColumnWidth(c, Math.min(60, Math.max(10, HEADERS.getOrDefault(columns.get(c), columns.get(c)).length() + 2)) * 256);
            }
            return save(wb, bytes, dir.resolve(name + ".xlsx"), asOf);
        }
    }

    static Path save(SXSSFWorkbook wb, ByteArrayOutputStream bytes, Path file, LocalDate asOf) throws IOException {
        Date documentDate = Date.from(asOf.atStartOfDay().toInstant(ZoneOffset.UTC));
        var properties = wb.getXSSFWorkbook().getProperties();
        properties.getCoreProperties().setCreated(Optional.of(documentDate));
        properties.getCoreProperties().setModified(Optional.of(documentDate));
        properties.getCoreProperties().setCreator("tonghop");
        wb.write(bytes);
        wb.close(); // SXSSF removes its temporary sheet files here
        Files.write(file, DeterministicZip.withFixedTimes(bytes.toByteArray(), asOf.atStartOfDay()));
        return file;
    }

    /** Cell styles: percent for rates (ty_le_*), thousands for counts, dd/mm/yyyy for dates. */
    static final class Styles {
        final CellStyle header;
        final CellStyle percent;
        final CellStyle integer;
        final CellStyle plain;
        final CellStyle decimal;
        final CellStyle date;

        Styles(SXSSFWorkbook wb) {
            var format = wb.createDataFormat();
            header = wb.createCellStyle();
            var bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);
            percent = wb.createCellStyle();
            percent.setDataFormat(format.getFormat("0.0%"));
            integer = wb.createCellStyle();
            integer.setDataFormat(format.getFormat("#,##0"));
            plain = wb.createCellStyle();
            plain.setDataFormat(format.getFormat("0"));
            decimal = wb.createCellStyle();
            decimal.setDataFormat(format.getFormat("#,##0.0##"));
            date = wb.createCellStyle();
            date.setDataFormat(format.getFormat("dd/mm/yyyy"));
        }

        /** A typed cell; text stays text (an .xlsx string cell is never evaluated as a formula). */
        void set(Row row, int column, String name, Object value) {
            if (value == null) {
                return;
            }
            var cell = row.createCell(column);
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
                cell.setCellStyle(name.startsWith("ty_le") ? percent : PLAIN_NUMBERS.contains(name) ? plain
                        : value instanceof Double && n.doubleValue() != Math.rint(n.doubleValue()) ? decimal : integer);
            } else if (value instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(date);
            } else if (value instanceof Boolean b) {
                cell.setCellValue(b ? "Có" : "Không");
            } else {
                cell.setCellValue(String.valueOf(value));
            }
        }
    }
}

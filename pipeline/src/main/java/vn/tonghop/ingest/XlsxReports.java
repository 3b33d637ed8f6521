package vn.tonghop.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import java.io.InputStream;
import java.nio.file.Files;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tonghop.vi.ViFormat;

/**
 * Reads an .xlsx report: the first visible sheet, rows after the header row. Cells become text the
 * way a Vietnamese user would type them (1234,5; 95% for a %-formatted 0.95; dd/MM/yyyy for dates),
 * so CSV and Excel input go through the same value checks. Formulas give their cached values.
 */
final class XlsxReports {
    private XlsxReports() {
    }

    static ReadResult read(SourceFile file) throws FileRejected {
        if (file.size() == 0) {
            throw new FileRejected(Reason.TEP_RONG, file.name() + ": tệp rỗng (0 byte)");
        }
        FileMagic magic = magic(file);
        if (magic == FileMagic.OLE2) {
            throw isEncryptedOoxml(file)
                    ? new FileRejected(Reason.TEP_KHONG_DOC_DUOC, file.name() + ": tệp Excel có mật khẩu; hãy gỡ mật khẩu rồi gửi lại")
                    : new FileRejected(Reason.DINH_DANG_KHONG_HO_TRO, file.name()
                            + ": đây là tệp .xls (Excel 97-2003) hoặc tài liệu Office cũ đổi tên thành .xlsx; hãy mở bằng Excel và lưu lại dạng .xlsx");
        }
        if (magic != FileMagic.OOXML) {
            throw new FileRejected(Reason.DINH_DANG_KHONG_HO_TRO, file.name()
                    + ": không phải tệp Excel .xlsx (nội dung tệp có dạng " + magic + "); hãy lưu lại dạng .xlsx hoặc CSV UTF-8");
        }
        try (OPCPackage pkg = OPCPackage.open(file.path().toFile(), PackageAccess.READ);
             XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            Sheet sheet = firstVisibleSheet(workbook, file);
            List<RawRow> rows = new ArrayList<>();
            ReportColumns columns = null;
            for (Row row : sheet) {
                List<String> cells = cells(row);
                int rowNumber = row.getRowNum() + 1;
                if (columns == null) {
                    if (ReportColumns.isHeader(cells)) {
                        columns = ReportColumns.of(cells, file.name(), rowNumber);
                    }
                } else if (!ReportColumns.isBlank(cells)) {
                    rows.add(columns.row(rowNumber, cells));
                }
            }
            if (columns == null) {
                throw CsvReports.noHeader(file);
            }
            return new ReadResult("xlsx", "trang tính \"" + sheet.getSheetName() + "\"", rows);
        } catch (EncryptedDocumentException e) {
            throw new FileRejected(Reason.TEP_KHONG_DOC_DUOC, file.name() + ": tệp Excel có mật khẩu; hãy gỡ mật khẩu rồi gửi lại", e);
        } catch (InvalidFormatException | IOException | RuntimeException e) {
            throw new FileRejected(Reason.TEP_KHONG_DOC_DUOC, file.name() + ": tệp .xlsx hỏng hoặc không đọc được: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        }
    }

    private static FileMagic magic(SourceFile file) throws FileRejected {
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file.path()))) {
            return FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new FileRejected(Reason.TEP_KHONG_DOC_DUOC, file.name() + ": không mở được tệp: " + e.getMessage(), e);
        }
    }

    /** A password-protected .xlsx is an OLE2 container holding an EncryptionInfo stream. */
    private static boolean isEncryptedOoxml(SourceFile file) {
        try (POIFSFileSystem ole = new POIFSFileSystem(file.path().toFile(), true)) {
            return ole.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Sheet firstVisibleSheet(XSSFWorkbook workbook, SourceFile file) throws FileRejected {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                return workbook.getSheetAt(i);
            }
        }
        throw new FileRejected(Reason.TEP_RONG, file.name() + ": tệp không có trang tính nào đang hiện");
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            cells.add(text(row.getCell(c)));
        }
        return cells;
    }

    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case NUMERIC -> numeric(cell);
            default -> "";
        };
    }

    private static String numeric(Cell cell) {
        double value = cell.getNumericCellValue();
        if (DateUtil.isCellDateFormatted(cell)) {
            return ViFormat.date(cell.getLocalDateTimeCellValue().toLocalDate());
        }
        boolean percent = cell.getCellStyle() != null && cell.getCellStyle().getDataFormatString() != null
                && cell.getCellStyle().getDataFormatString().contains("%");
        BigDecimal number = BigDecimal.valueOf(value);
        if (percent) {
            number = number.movePointRight(2);
        }
        String plain = number.stripTrailingZeros().toPlainString().replace('.', ',');
        return percent ? plain + "%" : plain;
    }
}

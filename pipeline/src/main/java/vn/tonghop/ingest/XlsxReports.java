package vn.tonghop.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tonghop.vi.ViFormat;

/**
 * Reads an .xlsx report: the first visible sheet, rows after the header row. Cells become text the
 * way a Vietnamese user would type them (1234,5; 95% for a %-formatted 0.95; dd/MM/yyyy for dates),
 * so CSV and Excel input go through the same value checks. Formulas give their cached values;
 * values merged down a column count for each row; a header row met again maps the rows below it.
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
        if (isOpenDocument(file)) {
            throw new FileRejected(Reason.DINH_DANG_KHONG_HO_TRO, file.name() + ": đây là bảng tính OpenDocument (.ods của"
                    + " LibreOffice, OpenOffice) đổi tên thành .xlsx; hãy mở và lưu lại dạng Excel .xlsx hoặc CSV UTF-8");
        }
        try (OPCPackage pkg = OPCPackage.open(file.path().toFile(), PackageAccess.READ);
             XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            Sheet sheet = firstVisibleSheet(workbook, file);
            MergedCells merged = new MergedCells(sheet);
            List<RawRow> rows = new ArrayList<>();
            ReportColumns columns = null;
            for (Row row : sheet) {
                int dateColumn = columns == null ? -1 : columns.index("ngay_nop");
                List<String> cells = cells(row, merged, dateColumn, workbook.isDate1904());
                int rowNumber = row.getRowNum() + 1;
                if (ReportColumns.isHeader(cells)) {
                    // a header again (two reports pasted into one sheet) maps the rows below it
                    columns = ReportColumns.of(cells, file.name(), rowNumber);
                } else if (columns != null && !ReportColumns.isBlank(cells)) {
                    rows.add(columns.row(rowNumber, cells));
                }
            }
            if (columns == null) {
                throw CsvReports.noHeader(file);
            }
            return new ReadResult("xlsx", "trang tính \"" + sheet.getSheetName() + "\"", RowSource.of(rows));
        } catch (EncryptedDocumentException e) {
            throw new FileRejected(Reason.TEP_KHONG_DOC_DUOC, file.name() + ": tệp Excel có mật khẩu; hãy gỡ mật khẩu rồi gửi lại", e);
        } catch (InvalidFormatException | IOException | RuntimeException e) {
            String bomb = zipBombLimit(e);
            if (bomb != null) {
                throw new FileRejected(Reason.TEP_KHONG_DOC_DUOC, file.name() + ": tệp .xlsx bị nén bất thường, có thể là"
                        + " \"bom zip\" (" + bomb + "); đã dừng giải nén. Hãy mở bằng Excel, kiểm tra và lưu lại", e);
            }
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

    /**
     * OpenDocument files are zips too; their first entry is an uncompressed "mimetype" naming the
     * format, so its text sits near the start of the file.
     */
    private static boolean isOpenDocument(SourceFile file) throws FileRejected {
        try (InputStream in = Files.newInputStream(file.path())) {
            String head = new String(in.readNBytes(128), StandardCharsets.ISO_8859_1);
            return head.contains("mimetypeapplication/vnd.oasis.opendocument");
        } catch (IOException e) {
            throw new FileRejected(Reason.TEP_KHONG_DOC_DUOC, file.name() + ": không mở được tệp: " + e.getMessage(), e);
        }
    }

    /**
     * Which of POI's ZipSecureFile limits refused the file (inflation ratio, inflated size, entry
     * count), or null. POI reports them as plain IOExceptions, so the message is all there is.
     */
    static String zipBombLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb detected") && m.contains("max. ratio")) {
                return "tỷ lệ nén vượt giới hạn an toàn của thư viện đọc Excel";
            }
            if (m.contains("Zip bomb detected")) {
                return "dung lượng sau giải nén vượt giới hạn an toàn của thư viện đọc Excel";
            }
            if (m.contains("MAX_FILE_COUNT")) {
                return "số tệp bên trong vượt giới hạn an toàn của thư viện đọc Excel";
            }
        }
        return null;
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

    private static List<String> cells(Row row, MergedCells merged, int dateColumn, boolean date1904) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < merged.width(row); c++) {
            Cell cell = merged.valueAt(row, c);
            cells.add(c == dateColumn ? dateText(cell, date1904) : text(cell));
        }
        return cells;
    }

    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (uncalculated(cell)) {
            return "=" + cell.getCellFormula(); // POI would read 0: show the formula, which no check accepts
        }
        return switch (valueType(cell)) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case NUMERIC -> numeric(cell);
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
    }

    /** A formula saved by a tool that never calculated it has no cached value. */
    private static boolean uncalculated(Cell cell) {
        return cell.getCellType() == CellType.FORMULA && cell instanceof XSSFCell x && !x.getCTCell().isSetV();
    }

    private static CellType valueType(Cell cell) {
        return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    }

    /**
     * Excel keeps dates as day counts; in a cell without a date format 28/04/2024 shows as 45410. In
     * the date column such a whole number is read as the date it counts, if that falls in 2000-2099.
     */
    private static String dateText(Cell cell, boolean date1904) {
        if (cell == null || uncalculated(cell) || valueType(cell) != CellType.NUMERIC || DateUtil.isCellDateFormatted(cell)) {
            return text(cell);
        }
        double days = cell.getNumericCellValue();
        if (days != Math.rint(days) || days < 1 || days > 100_000) {
            return text(cell);
        }
        LocalDate date = DateUtil.getLocalDateTime(days, date1904).toLocalDate();
        return date.getYear() >= 2000 && date.getYear() <= 2099 ? ViFormat.date(date) : text(cell);
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

package vn.tonghop.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tonghop.sample.SampleGenerator.Row;
import vn.tonghop.vi.ViFormat;

/**
 * Writes report files: CSV (UTF-8 with or without BOM, ',' or ';', CRLF, quoted as needed) and
 * .xlsx (title block, Vietnamese header, numeric and date cells, dates fixed to the as-of date so
 * the bytes do not depend on the clock).
 */
final class SampleFiles {
    static final List<String> COLUMNS = List.of("ma_don_vi", "ma_ke_hoach", "ky_bao_cao", "ngay_nop", "ma_muc", "gia_tri", "ghi_chu");
    static final List<String> VIETNAMESE_COLUMNS = List.of("Mã đơn vị", "Mã kế hoạch", "Kỳ báo cáo", "Ngày nộp", "Mã mục",
            "Giá trị", "Ghi chú");

    /** How a file looks. {@code dateCells}: .xlsx ngay_nop as real date cells. */
    record Layout(boolean xlsx, boolean bom, char separator, boolean isoDates, boolean dateCells, boolean vietnameseHeader) {
        static Layout draw(SplittableRandom random, double xlsxShare) {
            if (random.nextDouble() < xlsxShare) {
                return new Layout(true, false, ',', false, random.nextBoolean(), true);
            }
            boolean bom = random.nextBoolean();
            char separator = random.nextDouble() < 0.25 ? ';' : ',';
            boolean iso = random.nextDouble() < 0.4;
            return new Layout(false, bom, separator, iso, false, random.nextDouble() < 0.1);
        }

        static Layout plainCsv() {
            return new Layout(false, false, ',', false, false, false);
        }
    }

    /** A report file: path below the output folder, layout, title lines (written above the header in .xlsx), rows. */
    record ReportFile(String path, Layout layout, List<String> title, List<Row> rows) {
    }

    /** Anything to write: a report, or raw bytes (bad samples) with how many data rows they hold. */
    record Written(String path, ReportFile report, byte[] bytes, int rows) {
        static Written of(ReportFile report) {
            return new Written(report.path(), report, null, report.rows().size());
        }
    }

    private final Path outDir;
    private final Date stamp;
    private final LocalDateTime zipTime;
    private int files;
    private long rows;
    private long bytesWritten;
    private int xlsxFiles;

    SampleFiles(Path outDir, LocalDate asOf) {
        this.outDir = outDir;
        this.stamp = Date.from(asOf.atStartOfDay(ZoneOffset.UTC).toInstant());
        this.zipTime = asOf.atStartOfDay();
    }

    int files() {
        return files;
    }

    long rows() {
        return rows;
    }

    long bytes() {
        return bytesWritten;
    }

    int xlsxFiles() {
        return xlsxFiles;
    }

    void write(ReportFile report) {
        write(Written.of(report));
    }

    void write(Written w) {
        byte[] bytes = w.bytes() != null ? w.bytes()
                : w.report().layout().xlsx() ? xlsx(w.report()) : csv(w.report()).getBytes(StandardCharsets.UTF_8);
        Path target = outDir.resolve(w.path()).normalize();
        if (!target.startsWith(outDir.normalize())) {
            throw new IllegalArgumentException("tệp mẫu nằm ngoài thư mục ra: " + w.path());
        }
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Không ghi được " + target, e);
        }
        files++;
        rows += w.rows();
        bytesWritten += bytes.length;
        if (w.path().endsWith(".xlsx")) {
            xlsxFiles++;
        }
    }

    /** The CSV text of a report (BOM included when the layout says so); title lines, if any, come first. */
    static String csv(ReportFile report) {
        return csv(report, report.layout().vietnameseHeader() ? VIETNAMESE_COLUMNS : COLUMNS, false);
    }

    static String csv(ReportFile report, List<String> header, boolean withTitle) {
        Layout layout = report.layout();
        StringBuilder out = new StringBuilder(layout.bom() ? "\uFEFF" : "");
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(layout.separator()).setRecordSeparator("\r\n").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            if (withTitle) {
                for (String line : report.title()) {
                    printer.printRecord(line);
                }
                printer.println();
            }
            printer.printRecord(header);
            for (Row r : report.rows()) {
                printer.printRecord(cells(r, layout));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static List<String> cells(Row r, Layout layout) {
        String date = layout.isoDates() ? r.submitted().toString() : ViFormat.date(r.submitted());
        return List.of(r.unit(), r.planCode(), r.period(), date, r.item(), r.value(), r.note());
    }

    private byte[] xlsx(ReportFile report) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            var props = wb.getProperties().getCoreProperties();
            props.setCreated(Optional.of(stamp));
            props.setModified(Optional.of(stamp));
            props.setCreator(report.rows().isEmpty() ? "" : report.rows().get(0).unit());
            Sheet sheet = wb.createSheet("Báo cáo");
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle titleStyle = wb.createCellStyle();
            titleStyle.setFont(bold);
            CellStyle headerStyle = wb.createCellStyle();
            headerStyle.setFont(bold);
            headerStyle.setBorderBottom(BorderStyle.THIN);
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle decimalStyle = wb.createCellStyle();
            decimalStyle.setDataFormat(wb.createDataFormat().getFormat("0.0"));
            int at = 0;
            for (String line : report.title()) {
                Cell c = sheet.createRow(at++).createCell(0);
                c.setCellValue(line);
                c.setCellStyle(titleStyle);
            }
            at++;
            var header = sheet.createRow(at++);
            for (int i = 0; i < VIETNAMESE_COLUMNS.size(); i++) {
                Cell c = header.createCell(i);
                c.setCellValue(VIETNAMESE_COLUMNS.get(i));
                c.setCellStyle(headerStyle);
            }
            for (Row r : report.rows()) {
                var row = sheet.createRow(at++);
                List<String> cells = cells(r, report.layout());
                for (int i = 0; i < cells.size(); i++) {
                    row.createCell(i).setCellValue(cells.get(i));
                }
                if (report.layout().dateCells()) {
                    row.getCell(3).setCellValue(r.submitted());
                    row.getCell(3).setCellStyle(dateStyle);
                }
                if (r.number() != null) {
                    row.getCell(5).setCellValue(r.number().doubleValue());
                    if (r.number().scale() > 0) {
                        row.getCell(5).setCellStyle(decimalStyle);
                    }
                }
            }
            int[] widths = {18, 14, 12, 12, 12, 22, 80};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            wb.write(bytes);
            return vn.tonghop.common.DeterministicZip.withFixedTimes(bytes.toByteArray(), zipTime);
        } catch (IOException e) {
            throw new UncheckedIOException("Không tạo được tệp .xlsx " + report.path(), e);
        }
    }
}

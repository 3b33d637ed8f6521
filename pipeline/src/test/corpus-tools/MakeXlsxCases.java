import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the .xlsx cases of the bad-input corpus. Run from the repository root:
 * mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -cp "$(cat target/classpath.txt)" pipeline/src/test/corpus-tools/MakeXlsxCases.java
 * Zip entries get a fixed time and a fixed core.xml, so a rerun writes the same bytes; only the
 * encrypted case cannot (its salt is random), so it is written only when missing.
 */
public class MakeXlsxCases {
    static final Path OUT = Path.of("pipeline/src/test/resources/corpus");
    static final LocalDateTime FIXED_TIME = LocalDateTime.of(2024, 1, 1, 0, 0);
    static final String CORE_XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dcterms:created xsi:type=\"dcterms:W3CDTF\">"
            + "1970-01-01T00:00:00Z</dcterms:created><dc:creator>Apache POI</dc:creator></cp:coreProperties>";
    static final List<String> HEADER = List.of("Mã đơn vị", "Mã kế hoạch", "Kỳ báo cáo", "Ngày nộp", "Mã mục", "Giá trị", "Ghi chú");

    public static void main(String[] args) throws Exception {
        form();
        hiddenFirstSheet();
        Files.write(OUT.resolve("bad-corrupt.xlsx"), "PK\u0003\u0004 this zip stops here".getBytes());
        expect("bad-corrupt.xlsx", "# a truncated zip named .xlsx", "file TEP_KHONG_DOC_DUOC");
        try (HSSFWorkbook old = new HSSFWorkbook(); OutputStream out = new FileOutputStream(OUT.resolve("bad-xls-renamed.xlsx").toFile())) {
            old.createSheet("Báo cáo").createRow(0).createCell(0).setCellValue("ma_don_vi");
            old.write(out);
        }
        expect("bad-xls-renamed.xlsx", "# an Excel 97-2003 workbook renamed .xlsx", "file DINH_DANG_KHONG_HO_TRO", "message .xls");
        if (!Files.exists(OUT.resolve("bad-password.xlsx"))) {
            encrypted();
        }
        zipBomb();
        formulasWithoutValue();
        mergedCells();
        datesAsNumbers();
        noVisibleSheet();
        odsRenamed();
    }

    /** A valid report whose sheet XML is padded with 20 MiB of spaces: about 20 KB on disk, ratio ~0.001. */
    static void zipBomb() throws Exception {
        byte[] report;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Báo cáo");
            header(s.createRow(0));
            values(s.createRow(1), "CB-A", "12-KH/ĐU", "2024-H1", "28/04/2024", "NV1", "hoàn thành", "");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            wb.write(bytes);
            report = reproducible(bytes.toByteArray());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(report)); ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                z.putNextEntry(entry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int end = xml.lastIndexOf("</worksheet>");
                    z.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
                    for (int i = 0; i < 20; i++) {
                        z.write(spaces);
                    }
                    z.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
                } else {
                    z.write(data);
                }
                z.closeEntry();
            }
        }
        Files.write(OUT.resolve("bad-zip-bomb.xlsx"), out.toByteArray());
        expect("bad-zip-bomb.xlsx", "# a zip bomb: 20 KB that inflate to 20 MiB, refused by POI's own inflation-ratio limit (ZipSecureFile)",
                "file TEP_KHONG_DOC_DUOC", "message bom zip", "message tỷ lệ nén");
    }

    /** Formulas saved by a tool that never calculated them (no cached value) and one whose value is an error. */
    static void formulasWithoutValue() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Báo cáo");
            header(s.createRow(0));
            values(s.createRow(1), "CB-A", "12-KH/ĐU", "2024-H1", "28/04/2024", "ATGT-DK", null, "");
            s.getRow(1).createCell(5).setCellFormula("40+2");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            values(s.createRow(2), "CB-A", "12-KH/ĐU", "2024-H1", "28/04/2024", "CBVC", null, "");
            s.getRow(2).createCell(5).setCellFormula("10/0");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(s.getRow(2).getCell(5));
            values(s.createRow(3), "CB-A", "12-KH/ĐU", "2024-H1", "28/04/2024", "MH-DK", null, "");
            s.getRow(3).createCell(5).setCellFormula("SUM(1,2)"); // left uncalculated
            save(wb, "bad-formulas-without-value.xlsx");
        }
        expect("bad-formulas-without-value.xlsx",
                "# a formula is read by its cached value; one never calculated has none (it is not 0), one that failed shows #DIV/0!",
                "accepted 1", "row 3 SO_KHONG_HOP_LE gia_tri", "row 4 SO_KHONG_HOP_LE gia_tri", "message '#DIV/0!'",
                "message '=SUM(1,2)'");
    }

    /** A form where unit, plan, period and date are written once and merged down; a note merged sideways. */
    static void mergedCells() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Báo cáo");
            header(s.createRow(0));
            values(s.createRow(1), "CB-A", "12-KH/ĐU", "2024-H1", "28/04/2024", "NV1", "hoàn thành", "Ghi chú chung của chi bộ");
            values(s.createRow(2), null, null, null, null, "MH-DK", "3", null);
            values(s.createRow(3), null, null, null, null, "CBVC", "40", null);
            for (int c = 0; c < 4; c++) {
                s.addMergedRegion(new CellRangeAddress(1, 3, c, c));
            }
            s.addMergedRegion(new CellRangeAddress(1, 1, 6, 8));
            save(wb, "ok-merged-cells.xlsx");
        }
        expect("ok-merged-cells.xlsx", "# a value merged down a column counts for every row it spans; cells covered sideways stay empty",
                "accepted 3", "note 2 Ghi chú chung của chi bộ", "note 3");
    }

    /** Submission dates as date cells in a Vietnamese format, as bare day counts, as a number that is no date, as text. */
    static void datesAsNumbers() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Báo cáo");
            header(s.createRow(0));
            CellStyle vietnamese = wb.createCellStyle();
            vietnamese.setDataFormat(wb.createDataFormat().getFormat("[$-42A]dd/mm/yyyy;@"));
            double serial = DateUtil.getExcelDate(LocalDate.of(2024, 4, 28));
            String[] items = {"NV1", "NV2", "MH-DK", "CBVC"};
            String[] values = {"hoàn thành", "chưa thực hiện", "3", "40"};
            for (int r = 0; r < items.length; r++) {
                values(s.createRow(r + 1), "CB-A", "12-KH/ĐU", "2024-H1", r == 3 ? "28/04/2024" : null, items[r], values[r], "");
            }
            s.getRow(1).createCell(3).setCellValue(serial);
            s.getRow(1).getCell(3).setCellStyle(vietnamese);
            s.getRow(2).createCell(3).setCellValue(serial); // General format: Excel shows 45410
            s.getRow(3).createCell(3).setCellValue(28042024); // typed without slashes: no date
            save(wb, "ok-dates-as-numbers.xlsx");
        }
        expect("ok-dates-as-numbers.xlsx",
                "# dates are Excel day counts: with a date format, or bare (45410 in a General cell is 28/04/2024);"
                        + " 28042024 is no date; text dates are read as typed",
                "accepted 3", "row 4 NGAY_NOP_KHONG_HOP_LE ngay_nop", "message '28042024'");
    }

    static void noVisibleSheet() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            for (String name : List.of("Nháp", "Báo cáo")) {
                Sheet s = wb.createSheet(name);
                header(s.createRow(0));
                values(s.createRow(1), "CB-A", "12-KH/ĐU", "2024-H1", "28/04/2024", "NV1", "hoàn thành", "");
            }
            wb.setSheetVisibility(0, SheetVisibility.HIDDEN);
            wb.setSheetVisibility(1, SheetVisibility.VERY_HIDDEN);
            save(wb, "bad-no-visible-sheet.xlsx");
        }
        expect("bad-no-visible-sheet.xlsx", "# every sheet hidden: nothing a person could have checked is read",
                "file TEP_RONG", "message không có trang tính nào đang hiện");
    }

    /** A LibreOffice Calc spreadsheet renamed .xlsx: also a zip, but OpenDocument, not Office Open XML. */
    static void odsRenamed() throws Exception {
        String cells = String.join("", HEADER.stream().map(h -> "<table:table-cell office:value-type=\"string\"><text:p>" + h
                + "</text:p></table:table-cell>").toList());
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:spreadsheet><table:table table:name=\"Báo cáo\"><table:table-row>" + cells
                + "</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>";
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
                + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>";
        byte[] mimetype = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry first = entry("mimetype"); // OpenDocument: stored, uncompressed, first
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            z.putNextEntry(first);
            z.write(mimetype);
            z.closeEntry();
            for (String[] e : new String[][] {{"content.xml", content}, {"META-INF/manifest.xml", manifest}}) {
                z.putNextEntry(entry(e[0]));
                z.write(e[1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        Files.write(OUT.resolve("bad-ods-renamed.xlsx"), out.toByteArray());
        expect("bad-ods-renamed.xlsx", "# an OpenDocument spreadsheet (.ods) renamed .xlsx", "file DINH_DANG_KHONG_HO_TRO",
                "message .ods");
    }

    static void header(Row row) {
        for (int i = 0; i < HEADER.size(); i++) {
            row.createCell(i).setCellValue(HEADER.get(i));
        }
    }

    /** Text cells; a null leaves the cell out. */
    static void values(Row row, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] != null) {
                row.createCell(i).setCellValue(texts[i]);
            }
        }
    }

    static void form() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Báo cáo");
            s.createRow(0).createCell(0).setCellValue("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 12-KH/ĐU");
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
            s.createRow(1).createCell(0).setCellValue("Chi bộ Trường Trung học phổ thông An Lạc");
            Row h = s.createRow(3);
            for (int i = 0; i < HEADER.size(); i++) {
                h.createCell(i).setCellValue(HEADER.get(i));
            }
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
            Object[][] rows = {
                {"CB-A", "NV1", "Hoàn thành", "Đã quán triệt"},
                {"CB-A", "MH-DK", 3.0, null},
                {"CB-A", "CBVC", "=40+2", null},
                {"CB-A", "TL-HT", 0.95, null},
                {"CB-A", "HAI-LONG", 8.7, null},
                {"CB-A", "ATGT-DK", 1.5, null},
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(4 + r);
                row.createCell(0).setCellValue((String) rows[r][0]);
                row.createCell(1).setCellValue("12-KH/ĐU");
                row.createCell(2).setCellValue("2024-H1");
                row.createCell(3).setCellValue(LocalDate.of(2024, 4, 28));
                row.getCell(3).setCellStyle(date);
                row.createCell(4).setCellValue((String) rows[r][1]);
                Object v = rows[r][2];
                if (v instanceof String t && t.startsWith("=")) {
                    row.createCell(5).setCellFormula(t.substring(1));
                } else if (v instanceof String t) {
                    row.createCell(5).setCellValue(t);
                } else {
                    row.createCell(5).setCellValue((Double) v);
                    if (rows[r][1].equals("TL-HT")) {
                        row.getCell(5).setCellStyle(percent);
                    }
                }
                if (rows[r][3] != null) {
                    row.createCell(6).setCellValue((String) rows[r][3]);
                }
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll(); // cached values, as Excel saves them
            save(wb, "ok-form-title-block.xlsx");
        }
        expect("ok-form-title-block.xlsx",
                "# a form: merged title above the header, date cells, a formula (cached value), a %-formatted 0.95 read as 95%, 8.7 as 8,7",
                "accepted 5", "row 10 SO_KHONG_HOP_LE gia_tri");
    }

    static void hiddenFirstSheet() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet hidden = wb.createSheet("Nháp");
            hidden.createRow(0).createCell(0).setCellValue("ma_don_vi");
            hidden.getRow(0).createCell(1).setCellValue("ma_muc");
            wb.setSheetHidden(0, true);
            Sheet s = wb.createSheet("Báo cáo");
            Row h = s.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                h.createCell(i).setCellValue(HEADER.get(i));
            }
            Row r = s.createRow(1);
            String[] v = {"DB-D", "12-KH/ĐU", "2024-H1", "28/04/2024", "NV1", "đang thực hiện", ""};
            for (int i = 0; i < v.length; i++) {
                r.createCell(i).setCellValue(v[i]);
            }
            save(wb, "ok-hidden-first-sheet.xlsx");
        }
        expect("ok-hidden-first-sheet.xlsx", "# the first visible sheet is read, a hidden draft sheet is not", "accepted 1");
    }

    static void encrypted() throws Exception {
        Path plain = Files.createTempFile("plain", ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(plain)) {
            wb.createSheet("Báo cáo").createRow(0).createCell(0).setCellValue("ma_don_vi");
            wb.write(out);
        }
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("matkhau");
            try (OutputStream os = enc.getDataStream(fs); var in = Files.newInputStream(plain)) {
                in.transferTo(os);
            }
            try (OutputStream out = Files.newOutputStream(OUT.resolve("bad-password.xlsx"))) {
                fs.writeFilesystem(out);
            }
        }
        Files.delete(plain);
        expect("bad-password.xlsx", "# a password-protected workbook", "file TEP_KHONG_DOC_DUOC", "message mật khẩu");
    }

    static void save(XSSFWorkbook wb, String name) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        wb.write(bytes);
        Files.write(OUT.resolve(name), reproducible(bytes.toByteArray()));
    }

    /** POI stamps entries with the current time and orders core.xml's namespaces at random: fix both. */
    static byte[] reproducible(byte[] zip) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] data = e.getName().equals("docProps/core.xml") ? CORE_XML.getBytes(StandardCharsets.UTF_8) : in.readAllBytes();
                z.putNextEntry(entry(e.getName()));
                z.write(data);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static ZipEntry entry(String name) {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(FIXED_TIME);
        return e;
    }

    static void expect(String name, String... lines) throws Exception {
        Files.writeString(OUT.resolve(name + ".expect"), String.join("\n", lines) + "\n");
    }
}

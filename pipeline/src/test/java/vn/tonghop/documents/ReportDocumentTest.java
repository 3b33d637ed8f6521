package vn.tonghop.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.junit.jupiter.api.Test;
import vn.tonghop.aggregate.PublishedDatasets;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.Indicator;
import vn.tonghop.catalog.Plan;
import vn.tonghop.catalog.UnitVersion;
import vn.tonghop.testing.BundledSite;
import vn.tonghop.vi.ViFormat;

/**
 * The compiled report of 74-KH/ĐU for 2024-H1 from the bundled data's datasets, written as .docx and read
 * back with POI: the layout of a party document, and every figure equal to the published rows.
 */
class ReportDocumentTest {
    static final String PLAN = "74-KH/ĐU";
    static final String PERIOD = "2024-H1";
    static Catalog catalog;
    static Plan plan;
    static PublishedDatasets tables;
    static byte[] docx;
    static XWPFDocument word;

    @BeforeAll
    static void write() throws IOException {
        BundledSite bundled = BundledSite.get();
        catalog = bundled.catalog();
        plan = catalog.plan(PLAN).orElseThrow();
        tables = PublishedDatasets.read(bundled.datasets(), List.of("reporting", "reporting_summary", "tasks", "indicators"));
        docx = DocxRenderer.render(Documents.model(catalog, bundled.datasets(), PLAN, PERIOD, BundledSite.AS_OF));
        Path file = Files.createDirectories(Path.of("target", "bao-cao-tong-hop")).resolve("74-kh-du-2024-h1.docx");
        Files.write(file, docx);
        word = new XWPFDocument(new ByteArrayInputStream(docx));
    }

    @Test
    void sameInputsGiveTheSameBytes() {
        byte[] again = DocxRenderer.render(Documents.model(catalog, BundledSite.get().datasets(), "74-kh-du", PERIOD, BundledSite.AS_OF));
        assertArrayEquals(docx, again);
        assertEquals(BundledSite.AS_OF, word.getProperties().getCoreProperties().getCreated().toInstant()
                .atZone(java.time.ZoneOffset.UTC).toLocalDate(), "the document is dated by the as-of date, not the clock");
    }

    @Test
    void a4WithTheGuidesMarginsInTimesNewRoman() {
        var section = word.getDocument().getBody().getSectPr();
        assertEquals(BigInteger.valueOf(11906), section.getPgSz().getW());
        assertEquals(BigInteger.valueOf(16838), section.getPgSz().getH());
        // 20 mm top and bottom, 30 mm left, 15 mm right, in twentieths of a point
        assertEquals(BigInteger.valueOf(1134), section.getPgMar().getTop());
        assertEquals(BigInteger.valueOf(1134), section.getPgMar().getBottom());
        assertEquals(BigInteger.valueOf(1701), section.getPgMar().getLeft());
        assertEquals(BigInteger.valueOf(850), section.getPgMar().getRight());
        List<XWPFRun> runs = allRuns();
        assertFalse(runs.isEmpty());
        for (XWPFRun run : runs) {
            assertEquals("Times New Roman", run.getFontFamily(), run.text());
            assertTrue(run.getFontSizeAsDouble() >= 11 && run.getFontSizeAsDouble() <= 16, run.text());
        }
        long body = word.getParagraphs().stream().filter(p -> p.getAlignment() == ParagraphAlignment.BOTH)
                .flatMap(p -> p.getRuns().stream()).filter(r -> r.getFontSizeAsDouble() != 14).count();
        assertEquals(0, body, "the body is 14 pt");
    }

    @Test
    void pageNumbersCentredInTheTopMarginFromPageTwoOn() {
        var section = word.getDocument().getBody().getSectPr();
        assertTrue(section.isSetTitlePg(), "the first page has its own header (w:titlePg)");
        XWPFHeaderFooterPolicy policy = word.getHeaderFooterPolicy();
        XWPFHeader first = policy.getFirstPageHeader();
        assertNotNull(first, "a first-page header part");
        assertEquals("", first.getText().strip(), "no page number on the first page");
        assertFalse(first.getParagraphs().stream().anyMatch(ReportDocumentTest::hasPageField));

        XWPFHeader header = policy.getDefaultHeader();
        assertNotNull(header, "a default header part, for pages 2 on");
        List<XWPFParagraph> numbered = header.getParagraphs().stream().filter(ReportDocumentTest::hasPageField).toList();
        assertEquals(1, numbered.size(), "one PAGE field in the default header");
        XWPFParagraph p = numbered.get(0);
        assertEquals(ParagraphAlignment.CENTER, p.getAlignment());
        for (XWPFRun run : p.getRuns()) {
            assertEquals("Times New Roman", run.getFontFamily());
            assertTrue(run.getFontSizeAsDouble() >= 13 && run.getFontSizeAsDouble() <= 14, "13-14 pt");
        }
        assertEquals(List.of(STFldCharType.BEGIN, STFldCharType.SEPARATE, STFldCharType.END), p.getRuns().stream()
                .flatMap(r -> r.getCTR().getFldCharList().stream()).map(CTFldChar::getFldCharType).toList(), "a complete field");
        // numbers go in the top margin only: no footers
        assertEquals(2, word.getHeaderList().size());
        assertTrue(word.getFooterList().isEmpty(), "no footer parts");
        assertEquals(0, section.sizeOfFooterReferenceArray());
        assertEquals(2, section.sizeOfHeaderReferenceArray());
    }

    private static boolean hasPageField(XWPFParagraph p) {
        return p.getRuns().stream().flatMap(r -> r.getCTR().getInstrTextList().stream())
                .anyMatch(t -> t.getStringValue().strip().equals("PAGE"))
                || p.getCTP().getFldSimpleList().stream().anyMatch(f -> f.getInstr().strip().startsWith("PAGE"));
    }

    @Test
    void headerBlocksAreABorderlessTwoColumnTable() {
        IBodyElement first = word.getBodyElements().get(0);
        XWPFTable header = assertInstanceOf(first);
        assertFalse(header.getCTTbl().getTblPr().isSetTblBorders(), "no borders on the header blocks");
        assertEquals(1, header.getRows().size());
        XWPFTableCell left = header.getRow(0).getCell(0);
        XWPFTableCell right = header.getRow(0).getCell(1);
        List<String> leftLines = left.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        String upper = "vi-VN";
        assertEquals(List.of(plan.superiorBody().toUpperCase(java.util.Locale.forLanguageTag(upper)),
                plan.issuer().toUpperCase(java.util.Locale.forLanguageTag(upper)), "*", "Số     -BC/ĐU"), leftLines);
        assertTrue(left.getParagraphs().get(1).getRuns().get(0).isBold(), "the issuing body is bold");
        assertFalse(left.getParagraphs().get(0).getRuns().get(0).isBold(), "the superior body is not");

        XWPFParagraph motto = right.getParagraphs().get(0);
        assertEquals("ĐẢNG CỘNG SẢN VIỆT NAM", motto.getText());
        assertTrue(motto.getRuns().get(0).isBold());
        assertEquals(UnderlinePatterns.SINGLE, motto.getRuns().get(0).getUnderline());
        XWPFParagraph dateline = right.getParagraphs().get(right.getParagraphs().size() - 1);
        assertEquals(plan.place() + ", ngày " + BundledSite.AS_OF.getDayOfMonth() + " tháng " + BundledSite.AS_OF.getMonthValue()
                + " năm " + BundledSite.AS_OF.getYear(), dateline.getText());
        assertTrue(dateline.getRuns().get(0).isItalic(), "place and date in italics");
    }

    @Test
    void titleSubjectSectionsAndClosing() {
        List<XWPFParagraph> paragraphs = word.getParagraphs();
        int title = indexOf(paragraphs, "BÁO CÁO");
        XWPFParagraph type = paragraphs.get(title);
        assertEquals(ParagraphAlignment.CENTER, type.getAlignment());
        assertTrue(type.getRuns().get(0).isBold());
        assertEquals("Kết quả thực hiện Kế hoạch số " + PLAN, paragraphs.get(title + 1).getText());
        assertEquals("6 tháng đầu năm 2024", paragraphs.get(title + 2).getText());
        assertTrue(paragraphs.get(title + 1).getRuns().get(0).isBold());

        int previous = title;
        for (String heading : List.of("I. TÌNH HÌNH TRIỂN KHAI", "II. KẾT QUẢ THỰC HIỆN", "III. ĐÁNH GIÁ CHUNG", "IV. PHƯƠNG HƯỚNG")) {
            int at = indexOfPrefix(paragraphs, heading);
            assertTrue(at > previous, heading + " follows the previous section");
            assertTrue(paragraphs.get(at).getRuns().get(0).isBold(), heading);
            previous = at;
        }
        XWPFTable closing = word.getTables().get(word.getTables().size() - 1);
        assertFalse(closing.getCTTbl().getTblPr().isSetTblBorders());
        String left = closing.getRow(0).getCell(0).getText();
        String right = closing.getRow(0).getCell(1).getText();
        assertTrue(left.startsWith("Nơi nhận:"), left);
        plan.recipients().forEach(r -> assertTrue(left.contains("- " + r), r));
        assertTrue(right.contains("T/M BAN THƯỜNG VỤ") && right.contains("PHÓ BÍ THƯ THƯỜNG TRỰC") && right.contains(plan.signerName()), right);
    }

    @Test
    void dataTablesRepeatTheirHeaderRow() {
        List<XWPFTable> data = dataTables();
        assertTrue(data.size() >= 3, "tasks and one table per movement");
        for (XWPFTable t : data) {
            assertTrue(t.getRow(0).isRepeatHeader(), "header row repeats: " + t.getRow(0).getCell(0).getText());
            for (int r = 1; r < t.getRows().size(); r++) {
                assertFalse(t.getRow(r).isRepeatHeader());
            }
        }
    }

    @Test
    void reportingFiguresAreTheDatasets() {
        Map<String, Object> s = tables.rows("reporting_summary").stream().filter(r -> PLAN.equals(r.get("ma_ke_hoach"))
                && PERIOD.equals(r.get("ky_bao_cao")) && plan.reporters().subtree().equals(r.get("ma_don_vi"))
                && "cay".equals(r.get("pham_vi"))).findFirst().orElseThrow();
        long expected = (Long) s.get("ky_vong");
        long received = (Long) s.get("da_nop");
        String section = sectionText("I. TÌNH HÌNH", "II. KẾT QUẢ");
        assertTrue(section.contains(ViFormat.integer(received) + "/" + ViFormat.integer(expected) + " đơn vị nộp báo cáo ("
                + ViFormat.percent((double) received / expected) + "), " + ViFormat.integer((Long) s.get("dung_han")) + " đúng hạn"), section);
        List<Map<String, Object>> missing = tables.rows("reporting").stream().filter(r -> PLAN.equals(r.get("ma_ke_hoach"))
                && PERIOD.equals(r.get("ky_bao_cao")) && Boolean.TRUE.equals(r.get("ky_vong")) && "chua_nop".equals(r.get("trang_thai")))
                .toList();
        assertEquals((Long) s.get("chua_nop"), missing.size());
        assertFalse(missing.isEmpty(), "the bundled sample has units that did not report 2024-H1");
        assertTrue(section.contains("Các đơn vị chưa nộp báo cáo (" + ViFormat.integer(missing.size()) + " đơn vị)"), section);
        for (Map<String, Object> r : missing) {
            assertTrue(section.contains("- " + unitName((String) r.get("ma_don_vi"))), "missing unit named: " + r.get("ma_don_vi"));
        }
    }

    @Test
    void taskTableCountsAreTheDatasets() {
        List<Map<String, Object>> rows = periodRows("tasks");
        Map<String, List<Map<String, Object>>> byTask = rows.stream().collect(Collectors.groupingBy(r -> (String) r.get("ma_muc")));
        XWPFTable table = dataTables().get(0);
        assertEquals("Nhiệm vụ", table.getRow(0).getCell(0).getText());
        assertEquals(byTask.size(), table.getRows().size() - 1, "one row per task with rows in the period");
        for (XWPFTableRow row : table.getRows().subList(1, table.getRows().size())) {
            List<Map<String, Object>> mine = byTask.get(row.getCell(0).getText());
            assertNotNull(mine, row.getCell(0).getText());
            long done = mine.stream().filter(r -> Boolean.TRUE.equals(r.get("hoan_thanh_ky"))).count();
            assertEquals(List.of(ViFormat.integer(mine.size()), count(mine, "hoan_thanh"), count(mine, "dang_thuc_hien"),
                    count(mine, "chua_thuc_hien"), count(mine, "khong_bao_cao"), ViFormat.percent((double) done / mine.size())),
                    cells(row).subList(1, 7), row.getCell(0).getText());
        }
    }

    @Test
    void everyNoteIsUnderItsTaskAttributedToItsUnit() {
        List<XWPFParagraph> paragraphs = word.getParagraphs();
        List<Map<String, Object>> notes = periodRows("tasks").stream()
                .filter(r -> r.get("ghi_chu") != null && !((String) r.get("ghi_chu")).isBlank()).toList();
        assertTrue(notes.size() > 50, "the bundled sample has many notes");
        for (Map<String, Object> note : notes) {
            String task = (String) note.get("ma_muc");
            int from = indexOfPrefix(paragraphs, task + ". ");
            int to = from + 1;
            while (to < paragraphs.size() && !isTaskHeading(paragraphs.get(to)) && !paragraphs.get(to).getText().startsWith("2. ")) {
                to++;
            }
            String unit = unitName((String) note.get("ma_don_vi"));
            boolean found = paragraphs.subList(from, to).stream().anyMatch(p -> p.getText().startsWith("- ")
                    && p.getText().endsWith(": " + ((String) note.get("ghi_chu")).strip())
                    && p.getRuns().stream().filter(XWPFRun::isItalic).map(XWPFRun::text).collect(Collectors.joining()).contains(unit));
            assertTrue(found, task + " / " + note.get("ma_don_vi") + ": " + note.get("ghi_chu"));
        }
    }

    @Test
    void indicatorTablesAreTheDatasets() {
        List<Map<String, Object>> rows = periodRows("indicators").stream()
                .filter(r -> plan.reporters().subtree().equals(r.get("ma_don_vi"))).toList();
        List<XWPFTableRow> tableRows = dataTables().subList(1, dataTables().size()).stream()
                .flatMap(t -> t.getRows().subList(1, t.getRows().size()).stream()).toList();
        assertEquals(rows.size(), tableRows.size(), "one table row per indicator of the period");
        for (Map<String, Object> r : rows) {
            Indicator indicator = catalog.indicator((String) r.get("ma_chi_tieu")).orElseThrow();
            int decimals = indicator.valueType() == Indicator.ValueType.INTEGER ? 0 : 1;
            XWPFTableRow row = tableRows.stream().filter(t -> t.getCell(0).getText().equals(indicator.name())).findFirst().orElseThrow();
            assertEquals(List.of(indicator.unitOfMeasure(), ViFormat.value((Double) r.get("gia_tri_tong_hop"), decimals),
                    ViFormat.integer((Long) r.get("so_don_vi_co_so_lieu")) + "/" + ViFormat.integer((Long) r.get("so_don_vi_ky_vong")),
                    ViFormat.value((Double) r.get("chi_tieu"), decimals), ViFormat.percent((Double) r.get("ty_le_dat")),
                    signed((Double) r.get("chenh_lech_ky_truoc"), decimals), signed((Double) r.get("chenh_lech_cung_ky"), decimals)),
                    cells(row).subList(1, 8), indicator.code());
            String value = ViFormat.value((Double) r.get("gia_tri_tong_hop"), decimals);
            assertTrue(word.getParagraphs().stream().anyMatch(p -> p.getText().startsWith("- " + indicator.name() + ": " + value)),
                    "a sentence states " + indicator.code());
        }
    }

    // helpers

    private static boolean isTaskHeading(XWPFParagraph p) {
        return !p.getRuns().isEmpty() && p.getRuns().get(0).isBold() && p.getRuns().get(0).isItalic();
    }

    private static List<Map<String, Object>> periodRows(String dataset) {
        return tables.rows(dataset).stream().filter(r -> PLAN.equals(r.get("ma_ke_hoach")) && PERIOD.equals(r.get("ky_bao_cao"))).toList();
    }

    private static String unitName(String code) {
        var period = vn.tonghop.catalog.Period.parse(PERIOD).orElseThrow();
        return catalog.units().versionOn(code, catalog.cutOff(plan, period)).or(() -> catalog.units().latest(code))
                .map(UnitVersion::name).orElseThrow();
    }

    private static String count(List<Map<String, Object>> rows, String status) {
        return ViFormat.integer(rows.stream().filter(r -> status.equals(r.get("trang_thai"))).count());
    }

    private static String signed(Double change, int decimals) {
        return change == null ? "—" : (change > 0 ? "+" : "") + ViFormat.number(change, decimals);
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    /** Tables with borders: the data tables, in document order. */
    private static List<XWPFTable> dataTables() {
        return word.getTables().stream().filter(t -> t.getCTTbl().getTblPr().isSetTblBorders()).toList();
    }

    private static List<XWPFRun> allRuns() {
        List<XWPFRun> runs = new ArrayList<>();
        word.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
        for (XWPFTable t : word.getTables()) {
            t.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs().forEach(p -> runs.addAll(p.getRuns()))));
        }
        return runs;
    }

    private static String sectionText(String from, String to) {
        List<XWPFParagraph> paragraphs = word.getParagraphs();
        return paragraphs.subList(indexOfPrefix(paragraphs, from), indexOfPrefix(paragraphs, to)).stream()
                .map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }

    private static int indexOf(List<XWPFParagraph> paragraphs, String text) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).getText().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no paragraph '" + text + "'");
    }

    private static int indexOfPrefix(List<XWPFParagraph> paragraphs, String prefix) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).getText().startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no paragraph starting '" + prefix + "'");
    }

    private static XWPFTable assertInstanceOf(IBodyElement element) {
        assertTrue(element instanceof XWPFTable, "the document opens with the header table, not " + element);
        return (XWPFTable) element;
    }
}

package vn.tonghop.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.testing.BundledSite;
import vn.tonghop.testing.Cli;
import vn.tonghop.testing.TestCatalogs;

/**
 * The PDF of the compiled report, printed by headless Chromium: byte-identical across prints, not printed
 * again when nothing changed, its first two pages kept as PNG images in target/bao-cao-tong-hop/. Without
 * Chromium the .docx is still written and the log says why there is no PDF.
 */
class ReportPdfTest {
    static final Path IMAGES = Path.of("target", "bao-cao-tong-hop");
    /** The guides' 20 mm top margin, in points. */
    static final double TOP_MARGIN_PT = 20 / 25.4 * 72;
    private static String configured;

    /** The build turns PDFs off for nightly runs in tests; this test uses the real Chromium when installed. */
    @BeforeAll
    static void useTheInstalledChromium() {
        configured = System.getProperty("tonghop.chromium");
        if (Files.isExecutable(PdfPrinter.DEFAULT_CHROMIUM)) {
            System.setProperty("tonghop.chromium", PdfPrinter.DEFAULT_CHROMIUM.toString());
        }
    }

    @AfterAll
    static void restore() {
        restoreChromium(configured);
    }

    private static void restoreChromium(String value) {
        if (value == null) {
            System.clearProperty("tonghop.chromium");
        } else {
            System.setProperty("tonghop.chromium", value);
        }
    }

    @Test
    void printedTwiceGivesTheSameBytesAndTheCacheSkipsThePrinter(@TempDir Path tmp) throws IOException {
        Assumptions.assumeTrue(PdfPrinter.find().isPresent(),
                "Chromium không có ở /usr/bin/chromium: bỏ qua bài kiểm tra PDF (cài bằng scripts/install-browser.sh)");
        BundledSite bundled = BundledSite.get();
        Catalog catalog = bundled.catalog();
        Path cache = tmp.resolve("cache");
        StringWriter log = new StringWriter();
        Documents.Result first = Documents.writeReport(catalog, bundled.datasets(), "74-KH/ĐU", "2024-H1", tmp.resolve("a"),
                BundledSite.AS_OF, cache, new PrintWriter(log, true));
        Documents.Result uncached = Documents.writeReport(catalog, bundled.datasets(), "74-kh-du", "2024-h1", tmp.resolve("b"),
                BundledSite.AS_OF, null, new PrintWriter(log, true));
        Documents.Result cached = Documents.writeReport(catalog, bundled.datasets(), "74-KH/ĐU", "2024-H1", tmp.resolve("c"),
                BundledSite.AS_OF, cache, new PrintWriter(log, true));
        assertEquals(1, first.pdfPrinted());
        assertEquals(1, uncached.pdfPrinted());
        assertEquals(0, cached.pdfPrinted(), "same content: the PDF comes from the cache");
        ReportFiles files = ReportFiles.of("74-kh-du", "2024-H1");
        byte[] pdf = Files.readAllBytes(files.pdfIn(tmp.resolve("a")));
        assertArrayEquals(pdf, Files.readAllBytes(files.pdfIn(tmp.resolve("b"))), "two prints give the same bytes");
        assertArrayEquals(pdf, Files.readAllBytes(files.pdfIn(tmp.resolve("c"))));
        assertEquals(first.documents().get(0).pdf(), files.pdfIn(tmp.resolve("a")));

        Files.createDirectories(IMAGES);
        Files.write(IMAGES.resolve("74-kh-du-2024-h1.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 2);
            var a4 = doc.getPage(0).getMediaBox();
            assertEquals(595, Math.round(a4.getWidth()), "A4 width in points");
            assertEquals(842, Math.round(a4.getHeight()), "A4 height in points");
            String firstPage = new PDFTextStripper() {
                {
                    setStartPage(1);
                    setEndPage(1);
                }
            }.getText(doc);
            for (String expected : List.of("ĐẢNG CỘNG SẢN VIỆT NAM", "BÁO CÁO", "Kết quả thực hiện Kế hoạch số 74-KH/ĐU",
                    "6 tháng đầu năm 2024", "TÌNH HÌNH TRIỂN KHAI")) {
                assertTrue(firstPage.contains(expected), "page 1 has '" + expected + "' with its diacritics:\n" + firstPage);
            }
            // page numbers: none on page 1, then the page's number alone in the top margin, centred over the text column
            assertEquals("", topMargin(doc, 1).text(), "no page number on the first page");
            for (int page = 2; page <= Math.min(3, doc.getNumberOfPages()); page++) {
                TopMargin number = topMargin(doc, page);
                assertEquals(Integer.toString(page), number.text(), "page " + page + " is numbered in its top margin");
                assertEquals(112.5, number.centreMm(), 2.0, "centred over the text column (30 mm to 195 mm)");
                assertTrue(number.font().contains("Times") || number.font().contains("LiberationSerif"), number.font());
            }
            String secondPage = new PDFTextStripper() {
                {
                    setStartPage(2);
                    setEndPage(2);
                    setSortByPosition(true);
                }
            }.getText(doc);
            assertTrue(secondPage.startsWith("2"), "page 2's text starts with its number:\n" + secondPage);
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int page = 0; page < 2; page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 100);
                Path png = IMAGES.resolve("74-kh-du-2024-h1-trang-" + (page + 1) + ".png");
                ImageIO.write(image, "png", png.toFile());
                assertTrue(Files.size(png) > 10_000, png + " holds a rendered page");
            }
        }
    }

    /** What page {@code page} prints above its 20 mm top margin: its text, horizontal centre and font. */
    record TopMargin(String text, double centreMm, String font) {
    }

    private static TopMargin topMargin(PDDocument doc, int page) throws IOException {
        List<TextPosition> found = new ArrayList<>();
        new PDFTextStripper() {
            {
                setStartPage(page);
                setEndPage(page);
            }

            @Override
            protected void processTextPosition(TextPosition text) {
                if (text.getYDirAdj() < TOP_MARGIN_PT && !text.getUnicode().isBlank()) {
                    found.add(text);
                }
            }
        }.getText(doc);
        if (found.isEmpty()) {
            return new TopMargin("", 0, "");
        }
        double left = found.stream().mapToDouble(TextPosition::getXDirAdj).min().orElseThrow();
        double right = found.stream().mapToDouble(t -> t.getXDirAdj() + t.getWidthDirAdj()).max().orElseThrow();
        return new TopMargin(found.stream().map(TextPosition::getUnicode).collect(Collectors.joining()), (left + right) / 2 / 72 * 25.4,
                found.get(0).getFont().getName());
    }

    @Test
    void withoutChromiumTheWordFileIsStillWritten(@TempDir Path tmp) throws IOException {
        String before = System.getProperty("tonghop.chromium");
        System.setProperty("tonghop.chromium", tmp.resolve("khong-co-chromium").toString());
        try {
            StringWriter log = new StringWriter();
            Documents.Result result = Documents.writeReports(BundledSite.get().catalog(), BundledSite.get().datasets(), tmp.resolve("out"),
                    BundledSite.AS_OF, tmp.resolve("cache"), new PrintWriter(log, true));
            assertFalse(result.pdfMade());
            assertTrue(log.toString().contains("Bỏ qua bản PDF") && log.toString().contains("khong-co-chromium"), log.toString());
            assertFalse(result.documents().isEmpty());
            for (Documents.Written w : result.documents()) {
                assertTrue(Files.isRegularFile(w.docx()), w.docx().toString());
                assertNull(w.pdf());
            }
            // every plan's periods due by the as-of date, and only those
            assertTrue(result.documents().stream().anyMatch(w -> w.planCode().equals("74-KH/ĐU") && w.periodCode().equals("2025-H1")));
            assertEquals(result.documents().size(), result.documents().stream().map(w -> w.planCode() + w.periodCode()).distinct().count());
        } finally {
            restoreChromium(before);
        }
    }

    @Test
    void theReportCommandPrintsThePathsAndRefusesAnUnknownPeriod(@TempDir Path tmp) {
        BundledSite bundled = BundledSite.get();
        String workdir = bundled.datasets().getParent().toString();
        String before = System.getProperty("tonghop.chromium");
        System.setProperty("tonghop.chromium", tmp.resolve("khong-co-chromium").toString());
        try {
            Cli.Result ok = Cli.run("report", "--catalog", TestCatalogs.BUNDLED.toString(), "--workdir", workdir,
                    "--as-of", BundledSite.AS_OF.toString(), "--plan", "74-KH/DU", "--period", "2024-H1", "--out", tmp.toString());
            assertEquals(0, ok.code(), ok.err());
            Path docx = ReportFiles.of("74-kh-du", "2024-H1").docxIn(tmp);
            assertTrue(ok.out().contains(docx.toString()), ok.out());
            assertTrue(Files.isRegularFile(docx));
            Cli.Result unknown = Cli.run("report", "--catalog", TestCatalogs.BUNDLED.toString(), "--workdir", workdir,
                    "--as-of", BundledSite.AS_OF.toString(), "--plan", "74-KH/ĐU", "--period", "2030-H1", "--out", tmp.toString());
            assertEquals(2, unknown.code());
            assertTrue(unknown.err().contains("2030-H1") && unknown.err().contains("2024-H1"), unknown.err());
        } finally {
            restoreChromium(before);
        }
    }
}

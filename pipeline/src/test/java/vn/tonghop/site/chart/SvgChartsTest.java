package vn.tonghop.site.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class SvgChartsTest {
    private static final Path FONTS = Path.of("site-templates/static/fonts");
    private static final SvgCharts CHARTS = new SvgCharts(FONTS);
    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    static BarChart barChart(String id) {
        return new BarChart(id, "Tỷ lệ cán bộ ký cam kết chấp hành Luật Giao thông năm 2024",
                "Tỷ lệ phần trăm cán bộ đã ký cam kết, theo đơn vị; chỉ tiêu 90%.", "Tỷ lệ (%)",
                List.of(
                        new Bar("Trường Trung học cơ sở Nguyễn Văn Trỗi", 95.5, "95,5%"),
                        new Bar("Chi bộ Trường Trung học phổ thông Nguyễn Thượng Hiền", 100, "100%"),
                        new Bar("Trường Mầm non Hoa Sen", 82, "82%"),
                        new Bar("Trường Tiểu học Kim Đồng", 88.25, "88,25%"),
                        new Bar("Đảng bộ Cơ quan Sở Giáo dục và Đào tạo thành phố Hồ Chí Minh và các đơn vị trực thuộc", 71, "71%"),
                        new Bar("Trường Chính trị tỉnh", 64, "64%"),
                        new Bar("Trường <script>alert('x')</script> & Co", 50, "50%")),
                90.0);
    }

    static LineChart lineChart(String id, Double middle) {
        List<Double> a = new ArrayList<>(Arrays.asList(412.0, middle, 530.0, 1808.0, 2071.0));
        return new LineChart(id, "Mô hình “Dân vận khéo” qua các kỳ",
                "Số mô hình đăng ký và triển khai hiệu quả, 6 tháng đầu năm 2023 đến năm 2025.", "Số mô hình",
                List.of("6T/2023", "2023", "6T/2024", "2024", "2025"),
                List.of(new LineSeries("Triển khai hiệu quả", a),
                        new LineSeries("Đăng ký", Arrays.asList(500.0, 900.0, null, 2000.0, 2300.0))),
                2000.0);
    }

    static StackedChart stackedChart(String id) {
        List<String> codes = List.copyOf(StatusColours.REPORT_STATUS.keySet());
        return new StackedChart(id, "Tình hình nộp báo cáo theo kỳ",
                "Số đơn vị nộp đúng hạn, trễ hạn, chưa nộp và chưa đến hạn ở mỗi kỳ báo cáo.",
                List.of("6 tháng đầu năm 2024", "Năm 2024", "6 tháng đầu năm 2025", "Năm 2025"),
                codes.stream().map(StatusColours.REPORT_STATUS_NAMES::get).toList(),
                codes.stream().map(StatusColours.REPORT_STATUS::get).toList(),
                List.of(List.of(30.0, 34.0, 25.0, 0.0), List.of(8.0, 5.0, 10.0, 0.0),
                        List.of(4.0, 3.0, 1.0, 0.0), List.of(0.0, 0.0, 6.0, 42.0)));
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        DocumentBuilder b = f.newDocumentBuilder();
        return b.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> elements(Document doc, String name) {
        NodeList nodes = doc.getElementsByTagNameNS("*", name);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    static List<Element> childElements(Element e) {
        List<Element> list = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                list.add(child);
            }
        }
        return list;
    }

    static Set<String> ids(Document doc) {
        Set<String> ids = new HashSet<>();
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttribute("id");
            if (!id.isEmpty()) {
                assertTrue(ids.add(id), "id " + id + " twice in one chart");
            }
        }
        return ids;
    }

    static List<String> texts(Document doc) {
        return elements(doc, "text").stream().map(Node::getTextContent).toList();
    }

    static double viewBoxHeight(Document doc) {
        String[] box = doc.getDocumentElement().getAttribute("viewBox").trim().split("[ ,]+");
        return Double.parseDouble(box[3]);
    }

    @Test
    void eachKindIsAccessibleSelfContainedScalableXml() throws Exception {
        record Case(String svg, String id, String title, String description) {
        }
        BarChart bars = barChart("ty-le-cam-ket");
        LineChart lines = lineChart("mo-hinh", null);
        StackedChart stacked = stackedChart("nop-bao-cao");
        for (Case c : List.of(
                new Case(CHARTS.bars(bars), bars.id(), bars.title(), bars.description()),
                new Case(CHARTS.lines(lines), lines.id(), lines.title(), lines.description()),
                new Case(CHARTS.stacked(stacked), stacked.id(), stacked.title(), stacked.description()))) {
            assertTrue(c.svg().startsWith("<svg"), "no XML declaration, no DOCTYPE: " + c.svg().substring(0, 40));
            assertFalse(c.svg().contains("<!DOCTYPE"));
            assertFalse(c.svg().contains("<?xml"));
            Document doc = parse(c.svg());
            Element root = doc.getDocumentElement();
            assertEquals("svg", root.getLocalName());
            assertEquals(SVG_NS, root.getNamespaceURI());
            assertEquals(c.id(), root.getAttribute("id"));
            assertEquals("img", root.getAttribute("role"));
            assertEquals(c.id() + "-title " + c.id() + "-desc", root.getAttribute("aria-labelledby"));
            assertFalse(root.hasAttribute("width"), "no fixed width: the chart scales with the page");
            assertFalse(root.hasAttribute("height"));
            assertTrue(root.getAttribute("viewBox").matches("0(\\.0)? 0(\\.0)? 760(\\.0)? \\d+(\\.0)?"),
                    root.getAttribute("viewBox"));

            List<Element> children = childElements(root);
            assertEquals("title", children.get(0).getLocalName());
            assertEquals(c.id() + "-title", children.get(0).getAttribute("id"));
            assertEquals(c.title(), children.get(0).getTextContent());
            assertEquals("desc", children.get(1).getLocalName());
            assertEquals(c.id() + "-desc", children.get(1).getAttribute("id"));
            assertEquals(c.description(), children.get(1).getTextContent());

            // a white background covering the whole chart
            Element background = elements(doc, "rect").get(0);
            assertTrue(background.getAttribute("style").contains("fill:rgb(255,255,255)"), background.getAttribute("style"));

            // every reference points inside the same chart
            Set<String> ids = ids(doc);
            Matcher refs = Pattern.compile("url\\(#([^)]+)\\)").matcher(c.svg());
            while (refs.find()) {
                assertTrue(ids.contains(refs.group(1)), "dangling reference " + refs.group());
            }
        }
    }

    @Test
    void vietnameseTextIsNfcAndUnitNamesAreShortenedNotCut() throws Exception {
        String nfdName = Normalizer.normalize("Trường Trung học cơ sở Nguyễn Văn Trỗi", Normalizer.Form.NFD);
        BarChart chart = new BarChart("nfd", Normalizer.normalize("Trường học", Normalizer.Form.NFD), "Mô tả",
                null, List.of(new Bar(nfdName, 3, "3"), new Bar("Trường Chính trị tỉnh", 2, "2")), null);
        String svg = CHARTS.bars(chart);
        assertTrue(Normalizer.isNormalized(svg, Normalizer.Form.NFC), "all text is NFC");
        List<String> texts = texts(parse(svg));
        assertTrue(texts.contains("THCS Nguyễn Văn Trỗi"), texts.toString());
        assertTrue(texts.contains("Trường Chính trị tỉnh"), texts.toString());
        assertTrue(svg.contains("<title id='nfd-title'>Trường học</title>"));

        // the long name wraps over lines, every word kept, nothing cut with "..."
        String long1 = "ĐB Cơ quan Sở GD&ĐT thành phố Hồ Chí Minh và các đơn vị trực thuộc";
        Document doc = parse(CHARTS.bars(barChart("dai")));
        List<String> all = texts(doc);
        assertFalse(all.stream().anyMatch(t -> t.contains("...") || t.contains("…")), all.toString());
        String joined = String.join(" ", all);
        for (String word : long1.split(" ")) {
            assertTrue(joined.contains(word), word + " missing from " + all);
        }
        assertFalse(all.contains(long1), "a name that long is wrapped onto more than one line: " + all);
        assertTrue(all.contains("CB THPT Nguyễn Thượng Hiền"), all.toString());
    }

    @Test
    void valueTextsAndAxisNumbersAreVietnamese() throws Exception {
        BarChart chart = new BarChart("so-lieu", "Số người được hỗ trợ", "Theo đơn vị", "Người",
                List.of(new Bar("Chi bộ Văn phòng", 1234.5, "1.234,5"), new Bar("Chi bộ Kế toán", 2500, "2.500")), 2000.0);
        List<String> texts = texts(parse(CHARTS.bars(chart)));
        assertTrue(texts.contains("1.234,5"), texts.toString());
        assertTrue(texts.contains("2.500"), texts.toString());
        assertTrue(texts.contains("Chỉ tiêu"), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.matches("\\d{1,3}(\\.\\d{3})+")), "ticks like 1.000: " + texts);
        assertFalse(texts.stream().anyMatch(t -> t.matches("\\d{1,3}(,\\d{3})+")), "no 1,000: " + texts);
    }

    @Test
    void rendersAreByteIdenticalAlsoFromSeveralThreads() throws Exception {
        BarChart bars = barChart("lap-lai");
        String first = CHARTS.bars(bars);
        assertEquals(first, CHARTS.bars(bars));
        assertEquals(CHARTS.lines(lineChart("l", null)), CHARTS.lines(lineChart("l", null)));
        assertEquals(CHARTS.stacked(stackedChart("s")), CHARTS.stacked(stackedChart("s")));

        String line = CHARTS.lines(lineChart("l", null));
        String stacked = CHARTS.stacked(stackedChart("s"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                int kind = i % 3;
                results.add(pool.submit(() -> switch (kind) {
                    case 0 -> first.equals(CHARTS.bars(bars));
                    case 1 -> line.equals(CHARTS.lines(lineChart("l", null)));
                    default -> stacked.equals(CHARTS.stacked(stackedChart("s")));
                }));
            }
            for (Future<Boolean> r : results) {
                assertTrue(r.get(), "a render on another thread differs");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void differentChartIdsShareNoIds() throws Exception {
        Set<String> a = ids(parse(CHARTS.bars(barChart("a"))));
        Set<String> b = ids(parse(CHARTS.bars(barChart("b"))));
        Set<String> c = ids(parse(CHARTS.lines(lineChart("a-b", 1.0))));
        Set<String> d = ids(parse(CHARTS.stacked(stackedChart("b-a"))));
        Set<String> e = ids(parse(CHARTS.bars(barChart("a-clip-0"))));
        Set<String> f = ids(parse(CHARTS.bars(barChart("74-kh--u"))));
        Set<String> g = ids(parse(CHARTS.bars(barChart("74-kh"))));
        assertTrue(a.size() > 3, "clip paths have ids: " + a);
        List<Set<String>> sets = List.of(a, b, c, d, e, f, g);
        for (int i = 0; i < sets.size(); i++) {
            for (int j = i + 1; j < sets.size(); j++) {
                Set<String> common = new HashSet<>(sets.get(i));
                common.retainAll(sets.get(j));
                assertTrue(common.isEmpty(), "shared ids " + common);
            }
        }
    }

    /** Series-coloured filled shapes (points and the legend's) and series-coloured line segments. */
    static int[] marksOfFirstSeries(LineChart chart) throws Exception {
        Document doc = parse(CHARTS.lines(chart));
        String colour = "rgb(0,114,178)"; // #0072B2, the first series
        int shapes = 0;
        int segments = 0;
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            String style = e.getAttribute("style").replace(" ", "");
            if (style.contains("fill:" + colour)) {
                shapes++;
            }
            if (e.getLocalName().equals("line") && style.contains("stroke:" + colour)) {
                segments++;
            }
        }
        return new int[] {shapes, segments};
    }

    @Test
    void aNullValueIsAGapNotAPointAtZero() throws Exception {
        int[] full = marksOfFirstSeries(lineChart("full", 480.0));
        int[] gap = marksOfFirstSeries(lineChart("gap", null));
        int[] zero = marksOfFirstSeries(lineChart("zero", 0.0));
        assertEquals(full[0] - 1, gap[0], "one point fewer");
        assertEquals(full[1] - 2, gap[1], "no segment into or out of the missing period");
        assertEquals(full[0], zero[0], "a real 0 is a point");
        assertEquals(full[1], zero[1]);
        assertTrue(texts(parse(CHARTS.lines(lineChart("t", null)))).contains("Chỉ tiêu"));
    }

    @Test
    void markupInUnitNamesStaysText() throws Exception {
        String svg = CHARTS.bars(barChart("xss"));
        Document doc = parse(svg);
        assertTrue(elements(doc, "script").isEmpty(), "no <script> element");
        assertFalse(svg.contains("<script"));
        assertTrue(svg.contains("&lt;script&gt;"), "escaped in the markup");
        assertTrue(svg.contains("&amp; Co"));
        String joined = String.join(" ", texts(doc));
        assertTrue(joined.contains("<script>alert('x')</script>") || joined.contains("<script>alert('x')"),
                "the name is shown as text: " + joined);

        StackedChart stacked = new StackedChart("xss2", "A <b>&", "<script>", List.of("<script>x</script>"),
                List.of("<i>s</i>"), List.of("#009E73"), List.of(List.of(3.0)));
        Document doc2 = parse(CHARTS.stacked(stacked));
        assertTrue(elements(doc2, "script").isEmpty());
        assertTrue(elements(doc2, "b").isEmpty());
        assertTrue(elements(doc2, "i").isEmpty());
        assertEquals("<script>", elements(doc2, "desc").get(0).getTextContent());
    }

    @Test
    void everyTextIsSetInDejaVuSans() throws Exception {
        List<String> svgs = List.of(CHARTS.bars(barChart("f1")), CHARTS.lines(lineChart("f2", null)),
                CHARTS.stacked(stackedChart("f3")),
                CHARTS.bars(new BarChart("f4", "Trống", "Không có đơn vị", null, List.of(), null)));
        for (String svg : svgs) {
            Document doc = parse(svg);
            List<Element> texts = elements(doc, "text");
            assertFalse(texts.isEmpty());
            for (Element t : texts) {
                assertTrue(t.getAttribute("style").contains("font-family: \"DejaVu Sans\", sans-serif;"),
                        t.getTextContent() + ": " + t.getAttribute("style"));
            }
            Matcher families = Pattern.compile("font-family: ([^;]+);").matcher(svg);
            while (families.find()) {
                assertEquals("\"DejaVu Sans\", sans-serif", families.group(1));
            }
        }
        assertTrue(texts(parse(svgs.get(3))).contains("Chưa có dữ liệu"), "an empty chart says so");
    }

    @Test
    void fontsComeFromTheProjectFiles(@TempDir Path empty) throws IOException {
        assertEquals("DejaVu Sans", CHARTS.regularFont().getFamily());
        assertEquals("DejaVu Sans", CHARTS.boldFont().getFamily());
        assertEquals("DejaVu Sans Bold", CHARTS.boldFont().getFontName());
        assertTrue(CHARTS.regularFont().canDisplayUpTo("Trường Nguyễn Văn Trỗi Đảng bộ ỹ ự ặ") < 0,
                "DejaVu Sans covers Vietnamese");

        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> new SvgCharts(empty));
        assertTrue(missing.getMessage().contains("DejaVuSans.ttf") && missing.getMessage().contains("not found"),
                missing.getMessage());

        Files.copy(FONTS.resolve("DejaVuSans.ttf"), empty.resolve("DejaVuSans.ttf"));
        IllegalArgumentException noBold = assertThrows(IllegalArgumentException.class, () -> new SvgCharts(empty));
        assertTrue(noBold.getMessage().contains("DejaVuSans-Bold.ttf"), noBold.getMessage());

        Files.writeString(empty.resolve("DejaVuSans-Bold.ttf"), "not a font");
        IllegalArgumentException notAFont = assertThrows(IllegalArgumentException.class, () -> new SvgCharts(empty));
        assertTrue(notAFont.getMessage().contains("DejaVuSans-Bold.ttf"), notAFont.getMessage());
    }

    @Test
    void heightGrowsWithTheNumberOfBars() throws Exception {
        List<Bar> many = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            many.add(new Bar("Trường Tiểu học số " + i, i, Integer.toString(i)));
        }
        double h5 = viewBoxHeight(parse(CHARTS.bars(new BarChart("b5", "T", "D", null, many.subList(0, 5), null))));
        double h30 = viewBoxHeight(parse(CHARTS.bars(new BarChart("b30", "T", "D", null, many, null))));
        assertTrue(h30 > h5 + 25 * 20, h5 + " then " + h30);
        // two units with the same short name stay two bars
        Document twins = parse(CHARTS.bars(new BarChart("twins", "T", "D", null, List.of(
                new Bar("Trường Tiểu học Lê Lợi", 3, "3"), new Bar("Trường TH Lê Lợi", 4, "4")), null)));
        assertEquals(2, texts(twins).stream().filter("TH Lê Lợi"::equals).count());
    }

    @Test
    void badInputFailsFastWithTheCulprit() {
        List<Bar> bars = List.of(new Bar("A", 1, "1"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BarChart("Ty_Le", "T", "D", null, bars, null));
        assertTrue(e.getMessage().contains("Ty_Le"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new BarChart("", "T", "D", null, bars, null));
        assertThrows(IllegalArgumentException.class, () -> new BarChart("a b", "T", "D", null, bars, null));
        assertThrows(IllegalArgumentException.class, () -> new BarChart("đu", "T", "D", null, bars, null));
        assertThrows(IllegalArgumentException.class, () -> new BarChart("a-title", "T", "D", null, bars, null));
        assertThrows(IllegalArgumentException.class, () -> new BarChart("a", " ", "D", null, bars, null));
        assertThrows(IllegalArgumentException.class, () -> new BarChart("a", "T", "D", null, bars, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Bar("A", Double.POSITIVE_INFINITY, "∞"));
        assertThrows(IllegalArgumentException.class, () -> new Bar(null, 1, "1"));

        IllegalArgumentException sizes = assertThrows(IllegalArgumentException.class, () -> new LineChart("l", "T", "D",
                null, List.of("2023", "2024"), List.of(new LineSeries("S", Arrays.asList(1.0, null, 3.0))), null));
        assertTrue(sizes.getMessage().contains("3 values for 2 categories"), sizes.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LineChart("l", "T", "D", null, List.of("2024"),
                List.of(new LineSeries("S", List.of(1.0)), new LineSeries("S", List.of(2.0))), null));

        IllegalArgumentException colours = assertThrows(IllegalArgumentException.class, () -> new StackedChart("s",
                "T", "D", List.of("a"), List.of("x", "y"), List.of("#009E73"), List.of(List.of(1.0), List.of(2.0))));
        assertTrue(colours.getMessage().contains("1 series colours for 2 series"), colours.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new StackedChart("s", "T", "D", List.of("a"),
                List.of("x"), List.of("green"), List.of(List.of(1.0))));
        assertThrows(IllegalArgumentException.class, () -> new StackedChart("s", "T", "D", List.of("a", "b"),
                List.of("x"), List.of("#009E73"), List.of(List.of(1.0))));
        assertThrows(IllegalArgumentException.class, () -> new StackedChart("s", "T", "D", List.of("a"),
                List.of("x"), List.of("#009E73"), List.of(List.of(-1.0))));
    }

    @Test
    void paletteIsOneSetOfColoursWithVietnameseNames() {
        assertEquals(List.of("dung_han", "tre_han", "chua_nop", "chua_den_han"),
                List.copyOf(StatusColours.REPORT_STATUS.keySet()));
        assertEquals("#009E73", StatusColours.REPORT_STATUS.get("dung_han"));
        assertEquals("#BBBBBB", StatusColours.TASK_STATUS.get("khong_bao_cao"));
        assertEquals("Chưa đến hạn", StatusColours.statusName("chua_den_han"));
        assertEquals("Đang thực hiện", StatusColours.statusName("dang_thuc_hien"));
        assertEquals(StatusColours.REPORT_STATUS.keySet(), StatusColours.REPORT_STATUS_NAMES.keySet());
        assertEquals(StatusColours.TASK_STATUS.keySet(), StatusColours.TASK_STATUS_NAMES.keySet());
        assertEquals("#0072B2", StatusColours.series(6));
        assertThrows(IllegalArgumentException.class, () -> StatusColours.statusName("xong"));
    }

    @Test
    void writesSamplesAndMeasuresThroughput() throws Exception {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "tonghop-charts");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("bars.svg"), CHARTS.bars(barChart("mau-cot")), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("lines.svg"), CHARTS.lines(lineChart("mau-duong", null)), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("stacked.svg"), CHARTS.stacked(stackedChart("mau-chong")), StandardCharsets.UTF_8);
        List<Bar> many = new ArrayList<>();
        for (int i = 1; i <= 24; i++) {
            many.add(new Bar(i % 2 == 0 ? "Trường Trung học cơ sở Nguyễn Văn Trỗi cơ sở " + i
                    : "Chi bộ Trường Mầm non Hoa Sen số " + i, i * 3.5, String.format("%.1f", i * 3.5).replace('.', ',')));
        }
        Files.writeString(dir.resolve("bars-many.svg"), CHARTS.bars(new BarChart("mau-nhieu",
                "Số mô hình, giải pháp “Dân vận khéo” đăng ký năm 2025 theo đơn vị", "24 đơn vị", "Số mô hình",
                many, 60.0)), StandardCharsets.UTF_8);

        List<String> months = new ArrayList<>();
        List<Double> done = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(vn.tonghop.vi.ShortNames.period(String.format("2024-%02d", m)));
            done.add(m == 7 ? null : 60.0 + m * 2.5);
        }
        Files.writeString(dir.resolve("lines-months.svg"), CHARTS.lines(new LineChart("mau-thang",
                "Tỷ lệ nhiệm vụ hoàn thành theo tháng năm 2024", "Tháng 7 không có số liệu.", "Tỷ lệ (%)",
                months, List.of(new LineSeries("Hoàn thành (%)", done)), 90.0)), StandardCharsets.UTF_8);
        List<String> taskCodes = List.copyOf(StatusColours.TASK_STATUS.keySet());
        Files.writeString(dir.resolve("stacked-units.svg"), CHARTS.stacked(new StackedChart("mau-nhiem-vu",
                "Tình hình thực hiện nhiệm vụ theo đơn vị", "Số nhiệm vụ theo tình trạng, mỗi đơn vị.",
                List.of("Chi bộ Trường Trung học phổ thông Nguyễn Thượng Hiền", "Trường Trung học cơ sở Nguyễn Văn Trỗi",
                        "Đảng bộ Cơ quan Sở Giáo dục và Đào tạo thành phố Hồ Chí Minh và các đơn vị trực thuộc",
                        "Phòng Giáo dục và Đào tạo quận 3"),
                taskCodes.stream().map(StatusColours.TASK_STATUS_NAMES::get).toList(),
                taskCodes.stream().map(StatusColours.TASK_STATUS::get).toList(),
                List.of(List.of(12.0, 9.0, 20.0, 5.0), List.of(3.0, 4.0, 6.0, 2.0), List.of(1.0, 0.0, 2.0, 6.0),
                        List.of(0.0, 2.0, 1.0, 0.0)))), StandardCharsets.UTF_8);

        BarChart bench = barChart("do-toc-do");
        int sink = 0;
        long warm = System.nanoTime();
        while (System.nanoTime() - warm < 3_000_000_000L) { // until the JIT has compiled the hot paths
            sink += CHARTS.bars(bench).length();
        }
        int count = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            sink += CHARTS.bars(bench).length();
            count++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < 2_000_000_000L);
        double perSecond = count / (elapsed / 1e9);
        System.out.printf("SvgCharts: %.0f bar charts/s on one thread (%.2f ms each, %d bytes each, 7 bars)%n",
                perSecond, 1000.0 / perSecond, CHARTS.bars(bench).length());
        assertNotNull(dir);
        assertTrue(sink > 0);
    }
}

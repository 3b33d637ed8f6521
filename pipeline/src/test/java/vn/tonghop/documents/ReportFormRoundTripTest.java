package vn.tonghop.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tonghop.aggregate.Aggregation;
import vn.tonghop.aggregate.DatasetFiles;
import vn.tonghop.aggregate.PublishedDatasets;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.CatalogLoader;
import vn.tonghop.catalog.Period;
import vn.tonghop.catalog.Plan;
import vn.tonghop.common.FileTrees;
import vn.tonghop.documents.ReportFormFiller.Entered;
import vn.tonghop.store.Store;
import vn.tonghop.testing.Cli;
import vn.tonghop.testing.SharedSpark;
import vn.tonghop.testing.TestCatalogs;
import vn.tonghop.vi.Fold;
import vn.tonghop.vi.ViFormat;

/**
 * Forms for a bundled plan and period are generated, filled in as a person would (the .xlsx through
 * its drop-downs and validated cells, the CSV template in a text editor), put in an inbox, ingested
 * by the real `tonghop ingest` into a real store, aggregated with Spark, and every value typed is
 * looked up in the published datasets.
 */
class ReportFormRoundTripTest {
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 20);
    static final Path DIR = Path.of("target", "report-forms-roundtrip");
    static Catalog catalog;
    static Plan plan;
    static Period period;
    static List<String> xlsxUnits;
    static String csvUnit;
    static LocalDate submitted;
    static final List<Entered> entered = new ArrayList<>();
    static String blankTask;
    static Cli.Result ingest;
    static PublishedDatasets datasets;

    @BeforeAll
    static void generateFillIngestAggregate() throws IOException {
        FileTrees.delete(DIR);
        catalog = CatalogLoader.load(TestCatalogs.BUNDLED);
        plan = catalog.plan("74-KH/ĐU").orElseThrow();
        period = Period.parse("2025-H1").orElseThrow();
        List<String> expected = ReportForms.expectedUnits(catalog, plan, period);
        List<String> leadOnly = ReportForms.formUnits(catalog, plan, period, null).stream().filter(u -> !expected.contains(u)).toList();
        assertFalse(leadOnly.isEmpty(), "74-KH/ĐU names a lead unit outside its rule (CDGD): it gets a form too");
        xlsxUnits = List.of(expected.get(0), expected.get(1), leadOnly.get(0));
        csvUnit = expected.get(2);
        submitted = catalog.dueDate(plan, period).minusDays(3);

        ReportForms.Written forms = ReportForms.write(catalog, plan, period, xlsxUnits, DIR.resolve("forms"));
        ReportForms.Written csvForms = ReportForms.write(catalog, plan, period, List.of(csvUnit), DIR.resolve("forms-csv"));
        Path inbox = Files.createDirectories(DIR.resolve("inbox"));
        blankTask = plan.leafTasks().filter(t -> t.lead().isEmpty()).findFirst().orElseThrow().code();
        for (int i = 0; i < forms.workbooks().size(); i++) {
            Path form = forms.workbooks().get(i);
            // the second unit leaves one task empty, as a unit with nothing to say on it would
            Set<String> blank = i == 1 ? Set.of(blankTask) : Set.of();
            entered.addAll(ReportFormFiller.fill(form, inbox.resolve(form.getFileName()), submitted, blank));
        }
        entered.addAll(fillCsv(csvForms.csvTemplate(), inbox.resolve("bao-cao-" + csvUnit.toLowerCase() + ".csv")));

        ingest = Cli.run("ingest", "--catalog", TestCatalogs.BUNDLED.toString(), "--inbox", inbox.toString(),
                "--store", DIR.resolve("store").toString(), "--workdir", DIR.resolve("var").toString(), "--as-of", AS_OF.toString());
        Path out = DIR.resolve("datasets");
        DatasetFiles.write(Aggregation.run(SharedSpark.session(), catalog, Store.open(DIR.resolve("store").toString()), AS_OF), out, catalog);
        datasets = PublishedDatasets.read(out, List.of("reporting", "tasks", "indicators", "quarantine"));
    }

    /** The CSV template filled in a text editor: date and value on every row, Vietnamese numbers, a note. */
    static List<Entered> fillCsv(Path template, Path saveAs) throws IOException {
        List<Entered> typed = new ArrayList<>();
        String text = Files.readString(template, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "the CSV template starts with a BOM so Excel reads UTF-8");
        List<CSVRecord> records;
        try (Reader in = new java.io.StringReader(text.substring(1))) {
            records = CSVFormat.DEFAULT.parse(in).getRecords();
        }
        StringBuilder out = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            boolean data = false;
            for (CSVRecord r : records) {
                List<String> cells = new ArrayList<>(r.toList());
                if (data) {
                    int n = (int) r.getRecordNumber();
                    boolean task = catalog.task(plan, cells.get(4)).isPresent();
                    String note = "Ghi chú CSV, mục " + cells.get(4);
                    cells.set(3, ViFormat.date(submitted));
                    cells.set(6, note);
                    if (task) {
                        double percent = 20.5 + n;
                        cells.set(5, "đang thực hiện " + ViFormat.number(percent, 1) + "%");
                        typed.add(new Entered(saveAs.getFileName().toString(), n, cells.get(0), cells.get(4), true,
                                "đang thực hiện", percent, null, note));
                    } else {
                        double value = 1000 + n * 3;
                        cells.set(5, ViFormat.integer((long) value)); // 1.234: '.' groups thousands
                        typed.add(new Entered(saveAs.getFileName().toString(), n, cells.get(0), cells.get(4), false,
                                null, null, value, note));
                    }
                }
                data |= cells.get(0).equals("ma_don_vi");
                printer.printRecord(cells);
            }
        }
        Files.writeString(saveAs, out, StandardCharsets.UTF_8);
        assertFalse(typed.isEmpty(), "the CSV template has rows for " + template);
        return typed;
    }

    static Map<String, Object> row(String dataset, String unit, String keyColumn, String key) {
        List<Map<String, Object>> found = datasets.rows(dataset).stream()
                .filter(r -> unit.equals(r.get("ma_don_vi")) && plan.slug().equals(r.get("ke_hoach"))
                        && period.code().equals(r.get("ky_bao_cao")) && key.equals(r.get(keyColumn))).toList();
        assertEquals(1, found.size(), dataset + " rows for " + unit + " " + key);
        return found.get(0);
    }

    @Test
    void ingestAcceptsTheFilledFormsAndQuarantinesOnlyTheRowLeftBlank() {
        assertEquals(3, ingest.code(), "one row left blank is quarantined (exit 3)\n" + ingest.out() + ingest.err());
        List<Map<String, Object>> quarantined = datasets.rows("quarantine");
        assertEquals(1, quarantined.size(), "only the blank row is quarantined: " + quarantined);
        Map<String, Object> q = quarantined.get(0);
        Entered blank = entered.stream().filter(Entered::blank).findFirst().orElseThrow();
        assertEquals(blank.file(), q.get("tep_nguon"));
        assertEquals((long) blank.excelRow(), ((Number) q.get("so_dong")).longValue());
        assertEquals("THIEU_GIA_TRI", q.get("ma_ly_do"));
        assertEquals("gia_tri", q.get("truong_loi"));
        assertTrue(((String) q.get("thong_diep")).startsWith(blank.file() + ", dòng " + blank.excelRow() + ", cột gia_tri"),
                "the message names file, row and field: " + q.get("thong_diep"));
    }

    @Test
    void everyTaskTypedIsInTheTasksDataset() {
        List<Entered> tasks = entered.stream().filter(Entered::task).toList();
        assertTrue(tasks.size() > 10, "tasks typed: " + tasks.size());
        for (Entered e : tasks) {
            Map<String, Object> r = row("tasks", e.unit(), "ma_muc", e.item());
            if (e.blank()) {
                assertEquals("khong_bao_cao", r.get("trang_thai"), e.toString());
                continue;
            }
            assertEquals(statusCode(e.status()), r.get("trang_thai"), e.toString());
            assertEquals(e.percent(), r.get("phan_tram"), e.toString());
            assertEquals(e.note(), r.get("ghi_chu"), e.toString());
        }
        assertEquals(Set.of("hoan_thanh", "dang_thuc_hien", "chua_thuc_hien"),
                tasks.stream().filter(e -> !e.blank()).map(e -> statusCode(e.status())).collect(Collectors.toSet()),
                "every status of the drop-down was chosen somewhere");
    }

    /** The status words as the datasets code them: folded, words joined by '_' (hoàn thành is hoan_thanh). */
    static String statusCode(String words) {
        return String.join("_", Fold.foldPhrase(words).split(" "));
    }

    @Test
    void everyIndicatorValueTypedIsInTheIndicatorsDataset() {
        List<Entered> values = entered.stream().filter(e -> !e.task()).toList();
        assertTrue(values.size() >= 2 * 8, "indicator values typed: " + values.size());
        for (Entered e : values) {
            assertEquals(e.value(), row("indicators", e.unit(), "ma_chi_tieu", e.item()).get("gia_tri"), e.toString());
        }
    }

    @Test
    void eachUnitIsOnTimeWithTheDateTyped() {
        for (String unit : List.of(xlsxUnits.get(0), xlsxUnits.get(1), csvUnit)) {
            Map<String, Object> r = row("reporting", unit, "ky_bao_cao", period.code());
            assertEquals(submitted, r.get("ngay_nop"), unit);
            assertEquals("dung_han", r.get("trang_thai"), unit);
        }
        // the lead-only unit's form reaches the datasets as a report the rule does not expect
        Map<String, Object> lead = row("reporting", xlsxUnits.get(2), "ky_bao_cao", period.code());
        assertEquals(false, lead.get("ky_vong"));
        assertEquals(submitted, lead.get("ngay_nop"));
    }

    @Test
    void expectedUnitsAreTheReportingDatasetsForEveryBundledPeriod() {
        Map<String, Set<String>> fromDataset = new TreeMap<>();
        datasets.rows("reporting").stream().filter(r -> Boolean.TRUE.equals(r.get("ky_vong"))).forEach(r ->
                fromDataset.computeIfAbsent(r.get("ke_hoach") + " " + r.get("ky_bao_cao"), k -> new TreeSet<>()).add((String) r.get("ma_don_vi")));
        assertTrue(fromDataset.size() >= 6, "periods in the reporting dataset: " + fromDataset.keySet());
        fromDataset.forEach((key, units) -> {
            String[] parts = key.split(" ");
            Plan p = catalog.plans().stream().filter(x -> x.slug().equals(parts[0])).findFirst().orElseThrow();
            assertEquals(units, new TreeSet<>(ReportForms.expectedUnits(catalog, p, Period.parse(parts[1]).orElseThrow())), key);
        });
    }

    @Test
    void sameCatalogGivesTheSameBytes() throws IOException {
        Path again = DIR.resolve("forms-again");
        ReportForms.Written a = ReportForms.write(catalog, plan, period, xlsxUnits, again);
        for (Path file : a.workbooks()) {
            assertArrayEquals(Files.readAllBytes(DIR.resolve("forms").resolve(again.relativize(file).toString())),
                    Files.readAllBytes(file), file.toString());
        }
        assertArrayEquals(Files.readAllBytes(DIR.resolve("forms").resolve(again.relativize(a.csvTemplate()).toString())),
                Files.readAllBytes(a.csvTemplate()), "the CSV template");
    }

    @Test
    void aBlankFormIsRejectedRowByRowWithAClearReason() throws IOException {
        Path blankForm = DIR.resolve("forms").resolve(ReportForms.folder(Path.of(""), plan, period))
                .resolve(ReportForms.workbookName(xlsxUnits.get(0)));
        Cli.Result validate = Cli.run("validate", "--catalog", TestCatalogs.BUNDLED.toString(), "--as-of", AS_OF.toString(),
                blankForm.toString());
        assertEquals(3, validate.code(), validate.out() + validate.err());
        assertTrue(validate.out().contains("THIEU_GIA_TRI"), validate.out());
        assertTrue(validate.out().contains("cột ngay_nop: thiếu giá trị bắt buộc"), validate.out());
        assertFalse(validate.out().contains("=IF"), "formulas were calculated before saving: " + validate.out());
    }
}

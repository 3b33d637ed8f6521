package vn.tonghop.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.Indicator;
import vn.tonghop.catalog.Period;
import vn.tonghop.catalog.PeriodType;
import vn.tonghop.catalog.Plan;
import vn.tonghop.catalog.UnitVersion;
import vn.tonghop.sample.SampleFiles.Layout;
import vn.tonghop.sample.SampleFiles.ReportFile;
import vn.tonghop.sample.SampleFiles.Written;
import vn.tonghop.sample.SampleGenerator.Entry;
import vn.tonghop.sample.SampleGenerator.Outcome;
import vn.tonghop.sample.SampleGenerator.Row;
import vn.tonghop.sample.SampleGenerator.Slot;

/**
 * The deliberately bad files, each named LOI_<what>_<UNIT>: a legacy code page, row-level mistakes,
 * two submission dates, a corrupt .xlsx, a merged unit reporting, a date after the as-of date, a
 * missing column, a typed share, a period outside the calendar and an unknown plan code; and one valid
 * report whose note carries HTML and script (kept under its own name: it is accepted). A file
 * rejected whole goes to a unit that sent nothing valid (a missing report), so it stays missing.
 */
final class BadSamples {
    static final String PREFIX = "LOI_";
    static final String ENCODING = "MA-HOA-1258";
    static final String ROW_MISTAKES = "DONG-SAI";
    static final String TWO_DATES = "HAI-NGAY-NOP";
    static final String CORRUPT_XLSX = "TEP-HONG";
    static final String MISSING_COLUMN = "THIEU-COT-GIA-TRI";
    /** The header of a report whose gia_tri column was renamed "Kết quả". */
    static final List<String> HEADER_WITHOUT_VALUE = SampleFiles.COLUMNS.stream()
            .map(c -> c.equals("gia_tri") ? "Kết quả" : c).toList();

    private final SampleGenerator g;
    private final Set<String> used = new TreeSet<>();
    private final List<Written> out = new ArrayList<>();
    private String encodingPlan = "";

    BadSamples(SampleGenerator generator) {
        this.g = generator;
    }

    static boolean isBad(String path) {
        return path.substring(path.lastIndexOf('/') + 1).startsWith(PREFIX);
    }

    List<Written> make() {
        wrongEncoding();
        rowMistakes();
        twoDates();
        corruptXlsx();
        mergedUnit();
        afterAsOf();
        missingColumn();
        typedShare();
        outsideCalendar();
        unknownPlan();
        hostileNote();
        return out;
    }

    /** Text a note carries into the site: HTML and script that must be shown as text and never run. */
    static final String HOSTILE = " <script>window.TONGHOP_XSS=1</script><img src=x onerror=\"window.TONGHOP_XSS=2\">";

    /**
     * (k) A valid report whose first task note carries HTML and script, as a copy-paste from a web
     * page might: accepted (a note is free text), it must stay text on every page. The report is the
     * latest due one with a note, so it shows on its plan's page; no random draw, so nothing else changes.
     */
    private void hostileNote() {
        java.util.Comparator<Entry> latest = java.util.Comparator.comparing((Entry e) -> e.slot().due())
                .thenComparing(e -> e.file().path());
        g.entries.stream().filter(e -> e.slot() != null && !isBad(e.file().path()))
                .filter(e -> e.file().rows().stream().anyMatch(r -> r.note() != null && !r.note().isEmpty()))
                .max(latest).ifPresent(entry -> {
                    List<Row> rows = new ArrayList<>(entry.file().rows());
                    for (int i = 0; i < rows.size(); i++) {
                        Row r = rows.get(i);
                        if (r.note() != null && !r.note().isEmpty()) {
                            rows.set(i, new Row(r.unit(), r.planCode(), r.period(), r.submitted(), r.item(), r.value(), r.number(),
                                    r.note() + HOSTILE));
                            break;
                        }
                    }
                    g.entries.set(g.entries.indexOf(entry), new Entry(entry.slot(),
                            new ReportFile(entry.file().path(), entry.file().layout(), entry.file().title(), rows)));
                });
    }

    /** (a) Saved from an old Excel as CSV in windows-1258, title block included. */
    private void wrongEncoding() {
        Slot slot = missingSlot(s -> true);
        if (slot == null) {
            return;
        }
        encodingPlan = slot.plan().slug();
        out.add(wrongEncoding(slot));
    }

    /** The slot's report saved as CSV in windows-1258, title block included. */
    Written wrongEncoding(Slot slot) {
        ReportFile f = report(slot, slot.unit(), g.onTimeDate(slot), ENCODING, g.fullReport(slot));
        String text = SampleFiles.csv(f, SampleFiles.VIETNAMESE_COLUMNS, true);
        return new Written(f.path(), null, windows1258(text), f.rows().size());
    }

    /** (b) A unit's report with typing mistakes among good rows; it replaces that unit's clean file. */
    private void rowMistakes() {
        int at = pickEntry(e -> canHoldMistakes(e.file().rows(), g.catalog));
        if (at < 0) {
            return;
        }
        Entry entry = g.entries.get(at);
        List<Row> rows = withMistakes(entry.file().rows(), entry.slot().plan(), g.catalog);
        g.entries.set(at, new Entry(entry.slot(), renamed(entry.file(), ROW_MISTAKES, rows)));
    }

    /** Whether {@link #withMistakes} can work on a report: at least four integer figures and two tasks. */
    static boolean canHoldMistakes(List<Row> rows, Catalog catalog) {
        return integerFigures(rows, catalog).size() >= 4 && tasks(rows).size() >= 2;
    }

    /**
     * The rows with typing mistakes: "1.5", "1,234,5", a negative count, a task 120% done, a duplicated
     * row, an unknown item, a figure sent twice with another value and a row for an unknown unit.
     */
    static List<Row> withMistakes(List<Row> original, Plan plan, Catalog catalog) {
        List<Row> rows = new ArrayList<>(original);
        List<Integer> figures = integerFigures(original, catalog);
        List<Integer> tasks = tasks(original);
        rows.set(figures.get(0), rows.get(figures.get(0)).withValue("1.5", null));
        rows.set(figures.get(1), rows.get(figures.get(1)).withValue("1,234,5", null));
        Row negative = rows.get(figures.get(2));
        rows.set(figures.get(2), negative.withValue("-" + Math.max(2, negative.number().intValue()), null));
        rows.set(tasks.get(0), rows.get(tasks.get(0)).withValue("đang thực hiện 120%", null));
        Row duplicate = rows.get(tasks.get(1));
        Row twice = rows.get(figures.get(figures.size() - 1));
        String unknownItem = plan.allTasks().anyMatch(t -> t.code().equals("NV9.9")) ? "NV-9.9" : "NV9.9";
        String unknownUnit = catalog.units().canonicalCode("CB-THPT-NTT").isPresent() ? "CB-THPT-NTT-X" : "CB-THPT-NTT";
        rows.add(tasks.get(1) + 1, duplicate);
        rows.add(rows.size() - 1, duplicate.withItem(unknownItem));
        BigDecimal other = twice.number().add(BigDecimal.ONE);
        rows.add(twice.withValue(SampleValues.render(catalog.indicator(twice.item()).orElseThrow(), other), other));
        rows.add(twice.withUnit(unknownUnit));
        return rows;
    }

    /** (c) One report whose rows carry two different submission dates. */
    private void twoDates() {
        Slot slot = missingSlot(s -> !s.plan().slug().equals(encodingPlan));
        if (slot == null) {
            return;
        }
        out.add(twoDates(slot));
    }

    /** The slot's report whose last third of rows carry an earlier submission date. */
    Written twoDates(Slot slot) {
        LocalDate first = g.onTimeDate(slot);
        ReportFile f = report(slot, slot.unit(), first, TWO_DATES, g.fullReport(slot));
        LocalDate second = first.minusDays(1 + g.random.nextInt(3));
        return Written.of(new ReportFile(f.path(), f.layout(), f.title(), withTwoDates(f.rows(), second)));
    }

    /** The last third of the rows carry {@code second} as their submission date. */
    static List<Row> withTwoDates(List<Row> original, LocalDate second) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < original.size(); i++) {
            rows.add(i < original.size() * 2 / 3 ? original.get(i) : original.get(i).withSubmitted(second));
        }
        return rows;
    }

    /** (d) A ".xlsx" that is not a zip: a web mail error page saved under the attachment's name. */
    private void corruptXlsx() {
        Slot slot = missingSlot(s -> true);
        if (slot == null) {
            return;
        }
        out.add(corruptXlsx(slot));
    }

    /** A ".xlsx" for the slot that is a web page. */
    static Written corruptXlsx(Slot slot) {
        return new Written(path(slot, CORRUPT_XLSX, slot.unit(), ".xlsx"), null, webErrorPage(slot.unit()), 0);
    }

    /** What a web mail saves under an attachment's name when the session expired. */
    static byte[] webErrorPage(String unit) {
        String page = "<!DOCTYPE html>\r\n<html><head><meta charset=\"utf-8\"><title>Lỗi tải tệp đính kèm</title></head>\r\n"
                + "<body><p>Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại để tải tệp " + unit + ".xlsx.</p></body></html>\r\n";
        return page.getBytes(StandardCharsets.UTF_8);
    }

    /** (e) A unit merged into another still sends a report for a period after its merge. */
    private void mergedUnit() {
        for (Plan plan : plans()) {
            for (Period period : g.periods(plan)) {
                LocalDate cutOff = g.catalog.cutOff(plan, period);
                LocalDate start = g.catalog.periodStart(plan, period);
                for (String unit : new TreeSet<>(g.catalog.units().codes())) {
                    Optional<UnitVersion> ended = g.catalog.units().versions(unit).stream()
                            .filter(v -> v.successor() != null && v.to() != null && v.validOn(start) && !v.to().isAfter(cutOff))
                            .findFirst();
                    boolean reportedBefore = g.slots.stream().anyMatch(s -> s.plan() == plan && s.unit().equals(unit));
                    if (ended.isPresent() && reportedBefore && !g.catalog.units().isValid(unit, cutOff)) {
                        Slot slot = new Slot(plan, period, unit, start, g.catalog.dueDate(plan, period), Outcome.ON_TIME);
                        out.add(Written.of(report(slot, unit, g.onTimeDate(slot), "DA-SAP-NHAP", g.fullReport(slot))));
                        return;
                    }
                }
            }
        }
    }

    /** (f) Figures sent with a submission date after the as-of date (a post-dated supplement). */
    private void afterAsOf() {
        LocalDate latest = latestDue();
        Slot slot = missingSlot(s -> s.due().equals(latest));
        if (slot == null) {
            return;
        }
        SampleGenerator.Contents figures = new SampleGenerator.Contents(List.of(), g.fullReport(slot).indicators());
        out.add(Written.of(report(slot, slot.unit(), g.asOf.plusDays(1 + g.random.nextInt(5)), "NGAY-NOP-SAU-NGAY-CHOT", figures)));
    }

    /** (g) A header without gia_tri: the column was renamed "Kết quả". */
    private void missingColumn() {
        Slot slot = missingSlot(s -> true);
        if (slot == null) {
            return;
        }
        out.add(missingColumn(slot));
    }

    /** The slot's report with gia_tri renamed "Kết quả" in its header. */
    Written missingColumn(Slot slot) {
        ReportFile f = report(slot, slot.unit(), g.onTimeDate(slot), MISSING_COLUMN, g.fullReport(slot));
        return new Written(f.path(), null, SampleFiles.csv(f, HEADER_WITHOUT_VALUE, false).getBytes(StandardCharsets.UTF_8),
                f.rows().size());
    }

    /** (h) A unit types a computed share (its numerator over its denominator) next to the two counts. */
    private void typedShare() {
        int at = pickEntry(e -> share(e) != null);
        if (at < 0) {
            return;
        }
        Entry entry = g.entries.get(at);
        Indicator share = share(entry);
        List<Row> rows = new ArrayList<>(entry.file().rows());
        Row num = rows.stream().filter(r -> r.item().equals(share.numerator())).findFirst().orElseThrow();
        Row den = rows.stream().filter(r -> r.item().equals(share.denominator())).findFirst().orElseThrow();
        BigDecimal pct = den.number().signum() == 0 ? BigDecimal.valueOf(100)
                : num.number().multiply(BigDecimal.valueOf(100)).divide(den.number(), 1, RoundingMode.HALF_UP);
        String text = pct.stripTrailingZeros().scale() <= 0 ? pct.toBigInteger().toString() : pct.toPlainString().replace('.', ',');
        rows.add(Math.max(rows.indexOf(num), rows.indexOf(den)) + 1, num.withItem(share.code()).withValue(text, null));
        g.entries.set(at, new Entry(entry.slot(), renamed(entry.file(), "NHAP-TY-LE", rows)));
    }

    /** (i) A report for a half-year the plan does not ask for: H2 of the latest year of a plan reporting H1 and year. */
    private void outsideCalendar() {
        g.slots.stream()
                .filter(s -> s.period().type() == PeriodType.YEAR && s.outcome() != Outcome.MISSING
                        && s.plan().calendar().entry(PeriodType.H1).isPresent() && s.plan().calendar().entry(PeriodType.H2).isEmpty())
                .max(Comparator.comparing((Slot s) -> s.period().end()))
                .ifPresent(year -> {
                    Period h2 = new Period(year.period().year(), PeriodType.H2, 2);
                    LocalDate date = SampleGenerator.min(h2.end().plusDays(5 + g.random.nextInt(15)), g.asOf);
                    Slot slot = new Slot(year.plan(), h2, year.unit(), h2.start(), date, Outcome.ON_TIME);
                    out.add(Written.of(report(slot, slot.unit(), date, "KY-NGOAI-LICH", g.fullReport(slot))));
                });
    }

    /** (j) One figure sent on its own with a mistyped plan number. */
    private void unknownPlan() {
        LocalDate latest = latestDue();
        int at = pickEntry(e -> e.slot().due().equals(latest) && !integerFigures(e).isEmpty());
        if (at < 0) {
            return;
        }
        Entry entry = g.entries.get(at);
        Row row = entry.file().rows().get(integerFigures(entry).get(0));
        String code = entry.slot().plan().code();
        String typo = code.length() > 1 && Character.isDigit(code.charAt(0)) && Character.isDigit(code.charAt(1))
                ? "" + code.charAt(1) + code.charAt(0) + code.substring(2) : "1" + code;
        while (g.catalog.plan(typo).isPresent()) {
            typo = "1" + typo;
        }
        String path = path(entry.slot(), "KE-HOACH-KHONG-TON-TAI", entry.slot().unit(), ".csv");
        out.add(Written.of(new ReportFile(path, Layout.plainCsv(), List.of(), List.of(row.withPlanCode(typo)))));
    }

    private LocalDate latestDue() {
        return g.slots.stream().map(Slot::due).max(Comparator.naturalOrder()).orElse(null);
    }

    /** The first unused missing slot that {@code prefer}s, else any unused missing one, else any unused slot; null if none. */
    private Slot missingSlot(Predicate<Slot> prefer) {
        Predicate<Slot> free = s -> !used.contains(key(s));
        Slot slot = g.slots.stream().filter(s -> s.outcome() == Outcome.MISSING).filter(free).filter(prefer).findFirst()
                .or(() -> g.slots.stream().filter(s -> s.outcome() == Outcome.MISSING).filter(free).findFirst())
                .or(() -> g.slots.stream().filter(free).findFirst()).orElse(null);
        if (slot != null) {
            used.add(key(slot));
        }
        return slot;
    }

    /** A random on-time CSV report (not already made bad) that fits. */
    private int pickEntry(Predicate<Entry> fits) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < g.entries.size(); i++) {
            Entry e = g.entries.get(i);
            if (e.slot() != null && e.slot().outcome() == Outcome.ON_TIME && !e.file().layout().xlsx()
                    && !isBad(e.file().path()) && fits.test(e)) {
                candidates.add(i);
            }
        }
        return candidates.isEmpty() ? -1 : candidates.get(g.random.nextInt(candidates.size()));
    }

    private List<Integer> integerFigures(Entry e) {
        return integerFigures(e.file().rows(), g.catalog);
    }

    private static List<Integer> integerFigures(List<Row> rows, Catalog catalog) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.number() != null && catalog.indicator(r.item()).orElseThrow().valueType() == Indicator.ValueType.INTEGER) {
                out.add(i);
            }
        }
        return out;
    }

    private static List<Integer> tasks(List<Row> rows) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).number() == null) {
                out.add(i);
            }
        }
        return out;
    }

    private Indicator share(Entry e) {
        List<String> items = e.file().rows().stream().map(Row::item).toList();
        return g.catalog.movements().stream().flatMap(m -> m.indicators().stream())
                .filter(i -> i.isComputed() && e.slot().plan().carries(i.code(), e.slot().period().year())
                        && items.contains(i.numerator()) && items.contains(i.denominator()))
                .findFirst().orElse(null);
    }

    private ReportFile report(Slot slot, String unit, LocalDate date, String what, SampleGenerator.Contents contents) {
        ReportFile f = g.file(slot, unit, date, contents, "");
        Layout layout = f.layout().xlsx() ? Layout.plainCsv() : f.layout();
        return new ReportFile(path(slot, what, unit, ".csv"), layout, f.title(), f.rows());
    }

    static ReportFile renamed(ReportFile f, String what, List<Row> rows) {
        String folder = f.path().substring(0, f.path().lastIndexOf('/') + 1);
        String unit = rows.get(0).unit();
        return new ReportFile(folder + PREFIX + what + "_" + unit + ".csv", f.layout(), f.title(), rows);
    }

    static String path(Slot slot, String what, String unit, String extension) {
        return slot.plan().slug() + "/" + slot.period().code() + "/" + PREFIX + what + "_" + unit + extension;
    }

    private static String key(Slot s) {
        return s.plan().slug() + "|" + s.period().code() + "|" + s.unit();
    }

    private List<Plan> plans() {
        return g.catalog.plans().stream().sorted(Comparator.comparing(Plan::slug)).toList();
    }

    /**
     * Text in windows-1258 as Vietnamese Windows writes it: base letters (â, ê, ô, ơ, ư, ă, đ...) precomposed,
     * tone marks as combining characters, since the code page has no precomposed toned vowels.
     */
    static byte[] windows1258(String text) {
        Charset cs = Charset.forName("windows-1258");
        CharsetEncoder enc = cs.newEncoder();
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < nfd.length()) {
            int j = i + 1;
            while (j < nfd.length() && Character.getType(nfd.charAt(j)) == Character.NON_SPACING_MARK) {
                j++;
            }
            String cluster = nfd.substring(i, j);
            String whole = Normalizer.normalize(cluster, Normalizer.Form.NFC);
            if (whole.length() == 1 && enc.canEncode(whole) || j == i + 1) {
                sb.append(whole);
            } else {
                String base = cluster.substring(0, 1);
                String marks = cluster.substring(1);
                for (int k = 0; k < marks.length(); k++) {
                    String composed = Normalizer.normalize(base + marks.charAt(k), Normalizer.Form.NFC);
                    if (composed.length() == 1 && enc.canEncode(composed)) {
                        base = composed;
                        marks = marks.substring(0, k) + marks.substring(k + 1);
                        break;
                    }
                }
                sb.append(base).append(marks);
            }
            i = j;
        }
        return sb.toString().getBytes(cs);
    }
}

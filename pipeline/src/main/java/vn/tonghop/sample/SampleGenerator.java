package vn.tonghop.sample;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.tonghop.catalog.CalendarEntry;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.Indicator;
import vn.tonghop.catalog.Period;
import vn.tonghop.catalog.PeriodType;
import vn.tonghop.catalog.Plan;
import vn.tonghop.catalog.Task;
import vn.tonghop.catalog.UnitVersion;

/**
 * Writes a realistic, deterministic set of sample reports for the catalog as of a date: for every
 * plan, due period and expected unit an on-time, late, missing or resubmitted report, the lead
 * units' reports on their own tasks, and a handful of deliberately bad files ({@link BadSamples}).
 * The same catalog, date and seed always give the same bytes: one random source, sorted iteration.
 */
public final class SampleGenerator {

    /** What was written. Outcome counts are over expected (unit, plan, period) reports. */
    public record Result(int files, long rows, int reportsExpected, int onTime, int late, int missing,
                         int resubmitted, int leadReports, int badFiles) {
    }

    enum Outcome { ON_TIME, LATE, MISSING, RESUBMITTED }

    /**
     * How often each outcome occurs, as cumulative thresholds over one draw (below {@code onTimeBelow}: on
     * time, then late, then missing, the rest resubmitted), and the share of reports sent as .xlsx.
     */
    record Rates(double onTimeBelow, double lateBelow, double missingBelow, double xlsxShare) {
        /** The bundled sample's rates: more of every case in few files. */
        static final Rates SAMPLE = new Rates(0.70, 0.83, 0.92, 0.2);
    }

    /** One unit's report for one plan and period, with its outcome. */
    record Slot(Plan plan, Period period, String unit, LocalDate start, LocalDate due, Outcome outcome) {
    }

    /** One data row as a unit types it; {@code number} is set for indicator values (numeric cells in .xlsx). */
    record Row(String unit, String planCode, String period, LocalDate submitted, String item, String value,
               BigDecimal number, String note) {
        Row withValue(String text, BigDecimal n) {
            return new Row(unit, planCode, period, submitted, item, text, n, note);
        }

        Row withSubmitted(LocalDate date) {
            return new Row(unit, planCode, period, date, item, value, number, note);
        }

        Row withUnit(String code) {
            return new Row(code, planCode, period, submitted, item, value, number, note);
        }

        Row withPlanCode(String code) {
            return new Row(unit, code, period, submitted, item, value, number, note);
        }

        Row withItem(String code) {
            return new Row(unit, planCode, period, submitted, code, value, number, note);
        }
    }

    /** A file to write, with the slot it answers (null for files that answer none). */
    record Entry(Slot slot, SampleFiles.ReportFile file) {
    }

    final Catalog catalog;
    final LocalDate asOf;
    final SplittableRandom random;
    final SampleValues values;
    final Rates rates;
    final List<Entry> entries = new ArrayList<>();
    final List<Slot> slots = new ArrayList<>();
    private int onTime;
    private int late;
    private int missing;
    private int resubmitted;
    private int leadReports;

    SampleGenerator(Catalog catalog, LocalDate asOf, SplittableRandom random, Rates rates) {
        this.catalog = catalog;
        this.asOf = asOf;
        this.random = random;
        this.values = new SampleValues(catalog, random);
        this.rates = rates;
    }

    public static Result generate(Catalog catalog, LocalDate asOf, long seed, Path outDir) {
        SampleGenerator g = new SampleGenerator(catalog, asOf, new SplittableRandom(seed), Rates.SAMPLE);
        g.goodReports();
        List<SampleFiles.Written> bad = new BadSamples(g).make();
        SampleFiles files = new SampleFiles(outDir, asOf);
        g.entries.forEach(e -> files.write(e.file()));
        bad.forEach(files::write);
        int badFiles = bad.size() + (int) g.entries.stream().filter(e -> BadSamples.isBad(e.file().path())).count();
        return new Result(files.files(), files.rows(), g.slots.size(), g.onTime, g.late, g.missing, g.resubmitted,
                g.leadReports, badFiles);
    }

    /** What this generator made so far, with the given file, row and bad-file counts. */
    Result result(int files, long rows, int badFiles) {
        return new Result(files, rows, slots.size(), onTime, late, missing, resubmitted, leadReports, badFiles);
    }

    private void goodReports() {
        List<Plan> plans = catalog.plans().stream().sorted(Comparator.comparing(Plan::slug)).toList();
        for (Plan plan : plans) {
            for (Period period : periods(plan)) {
                LocalDate start = catalog.periodStart(plan, period);
                LocalDate due = catalog.dueDate(plan, period);
                TreeSet<String> expected = new TreeSet<>(catalog.expectedReporters(plan, period));
                for (String unit : expected) {
                    unitReport(new Slot(plan, period, unit, start, due, outcome(due)));
                }
                leadReports(plan, period, start, due, expected);
            }
        }
    }

    /** Periods of the plan's calendar that belong to it and were due on or before the as-of date, in order. */
    List<Period> periods(Plan plan) {
        int last = plan.validTo() == null ? asOf.getYear() : Math.min(asOf.getYear(), plan.validTo().minusDays(1).getYear());
        List<Period> out = new ArrayList<>();
        for (int year = plan.validFrom().getYear(); year <= last; year++) {
            for (CalendarEntry entry : plan.calendar().entries()) {
                for (Period p : Period.inYear(entry.type(), year)) {
                    if (catalog.periodInPlan(plan, p) && !catalog.dueDate(plan, p).isAfter(asOf)) {
                        out.add(p);
                    }
                }
            }
        }
        out.sort(null);
        return out;
    }

    Outcome outcome(LocalDate due) {
        double r = random.nextDouble();
        if (r < rates.onTimeBelow()) {
            return Outcome.ON_TIME;
        }
        if (r < rates.lateBelow()) {
            return due.plusDays(1).isAfter(asOf) ? Outcome.ON_TIME : Outcome.LATE;
        }
        return r < rates.missingBelow() ? Outcome.MISSING : Outcome.RESUBMITTED;
    }

    /** The files of one expected report, by its outcome (none when missing), added to {@link #entries}. */
    void unitReport(Slot slot) {
        slots.add(slot);
        switch (slot.outcome()) {
            case MISSING -> missing++;
            case ON_TIME -> {
                onTime++;
                entries.add(new Entry(slot, file(slot, slot.unit(), onTimeDate(slot), fullReport(slot), "")));
            }
            case LATE -> {
                late++;
                LocalDate date = min(slot.due().plusDays(1 + random.nextInt(25)), asOf);
                entries.add(new Entry(slot, file(slot, slot.unit(), date, fullReport(slot), "")));
            }
            case RESUBMITTED -> {
                resubmitted++;
                LocalDate first = onTimeDate(slot);
                SampleFiles.ReportFile corrected = file(slot, slot.unit(), min(first.plusDays(2 + random.nextInt(8)), asOf),
                        fullReport(slot), "_nop-lai");
                List<Row> firstRows = values.withSlips(corrected.rows()).stream().map(r -> r.withSubmitted(first)).toList();
                entries.add(new Entry(slot, new SampleFiles.ReportFile(corrected.path().replace("_nop-lai", ""),
                        corrected.layout(), corrected.title(), firstRows)));
                entries.add(new Entry(slot, corrected));
            }
        }
    }

    /** Units named as lead (chủ trì) of tasks, not otherwise expected, report those tasks on their own. */
    void leadReports(Plan plan, Period period, LocalDate start, LocalDate due, TreeSet<String> expected) {
        LocalDate cutOff = catalog.cutOff(plan, period);
        Map<String, List<Task>> byLead = new TreeMap<>();
        plan.leafTasks().forEach(task -> task.lead().forEach(typed -> catalog.units().canonicalCode(typed)
                .filter(code -> !expected.contains(code) && catalog.units().isValid(code, cutOff))
                .ifPresent(code -> byLead.computeIfAbsent(code, k -> new ArrayList<>()).add(task))));
        byLead.forEach((unit, tasks) -> {
            Slot slot = new Slot(plan, period, unit, start, due, Outcome.ON_TIME);
            leadReports++;
            entries.add(new Entry(null, file(slot, unit, onTimeDate(slot), new Contents(tasks, List.of()), "")));
        });
    }

    /** What one report lists: its tasks and indicators. */
    record Contents(List<Task> tasks, List<Indicator> indicators) {
    }

    /** Every leaf task without a lead unit (or led by this unit) and every typed indicator the plan carries that year. */
    Contents fullReport(Slot slot) {
        Plan plan = slot.plan();
        List<Task> tasks = plan.leafTasks().filter(t -> t.lead().isEmpty() || t.lead().contains(slot.unit())).toList();
        List<Indicator> indicators = catalog.movements().stream().flatMap(m -> m.indicators().stream())
                .filter(i -> plan.carries(i.code(), slot.period().year()) && !i.isComputed()).toList();
        return new Contents(tasks, indicators);
    }

    LocalDate onTimeDate(Slot slot) {
        return max(slot.due().minusDays(random.nextInt(11)), slot.start());
    }

    /** One report file: rows from {@link SampleValues}, a drawn layout, the title block for .xlsx. */
    SampleFiles.ReportFile file(Slot slot, String unit, LocalDate submitted, Contents contents, String suffix) {
        Plan plan = slot.plan();
        Period period = slot.period();
        String planCode = random.nextDouble() < 0.12 ? plan.code().replace('Đ', 'D').replace('đ', 'd') : plan.code();
        List<Row> rows = values.rows(plan, period, unit, kind(unit, slot), submitted, contents.tasks(), contents.indicators()).stream()
                .map(r -> r.withPlanCode(planCode)).toList();
        SampleFiles.Layout layout = SampleFiles.Layout.draw(random, rates.xlsxShare());
        String path = plan.slug() + "/" + period.code() + "/" + unit + suffix + (layout.xlsx() ? ".xlsx" : ".csv");
        String name = catalog.units().versionOn(unit, min(slot.due(), period.end())).or(() -> catalog.units().latest(unit))
                .map(UnitVersion::name).orElse(unit);
        List<String> title = List.of("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ " + plan.code(), name);
        return new SampleFiles.ReportFile(path, layout, title, rows);
    }

    String kind(String unit, Slot slot) {
        return catalog.units().versionOn(unit, slot.start()).or(() -> catalog.units().latest(unit))
                .map(UnitVersion::kind).orElse("");
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}

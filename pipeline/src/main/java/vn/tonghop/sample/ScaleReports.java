package vn.tonghop.sample;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.common.JdkXml;
import vn.tonghop.catalog.Period;
import vn.tonghop.catalog.Plan;
import vn.tonghop.sample.SampleFiles.Written;
import vn.tonghop.sample.SampleGenerator.Entry;
import vn.tonghop.sample.SampleGenerator.Outcome;
import vn.tonghop.sample.SampleGenerator.Slot;

/**
 * The report files of a generated catalog: for every plan, period due by the as-of date and expected
 * unit, an on-time, late, missing or resubmitted report ({@link SampleGenerator}, values from
 * {@link SampleValues}), a few with typing mistakes and a few whole bad files ({@link BadSamples}).
 * Each unit has its own random source seeded from the seed and its code, and runs through its plans
 * and periods in order (so task progress and half-year figures carry on); units are written in
 * parallel by a fixed pool, each unit's files as soon as they are drawn, so the bytes do not depend on
 * the pool and memory holds one unit's reports per worker.
 */
final class ScaleReports {
    /** About 78% on time, 12% late, 6% missing, 4% resubmitted. */
    private static final double ON_TIME_BELOW = 0.78;
    private static final double LATE_BELOW = 0.90;
    private static final double MISSING_BELOW = 0.96;
    /** Share of on-time reports sent with typing mistakes among good rows (about 0.5% of files). */
    static final double ROW_MISTAKES_SHARE = 0.006;
    /** Share of missing reports for which a bad file arrived instead. */
    static final double BAD_FILE_SHARE = 0.01;

    /** One period of a plan, as every expected unit sees it. */
    private record Due(Plan plan, Period period, LocalDate start, LocalDate due) {
    }

    private final Catalog catalog;
    private final LocalDate asOf;
    private final long seed;
    private final SampleGenerator.Rates rates;
    private final Path outDir;

    private ScaleReports(Catalog catalog, LocalDate asOf, long seed, double xlsxShare, Path outDir) {
        this.catalog = catalog;
        this.asOf = asOf;
        this.seed = seed;
        this.rates = new SampleGenerator.Rates(ON_TIME_BELOW, LATE_BELOW, MISSING_BELOW, xlsxShare);
        this.outDir = outDir;
    }

    static ScaleGenerator.Reports write(Catalog catalog, LocalDate asOf, long seed, double xlsxShare, int threads, Path outDir,
                                        ScaleGenerator.Progress progress) {
        return new ScaleReports(catalog, asOf, seed, xlsxShare, outDir).write(threads, progress);
    }

    private ScaleGenerator.Reports write(int threads, ScaleGenerator.Progress progress) {
        JdkXml.pin(); // POI's per-workbook factory lookups, ~40 ms a file otherwise
        SampleGenerator lead = new SampleGenerator(catalog, asOf, new SplittableRandom(unitSeed("lead")), rates);
        Map<String, List<Due>> byUnit = new TreeMap<>();
        for (Plan plan : catalog.plans().stream().sorted(Comparator.comparing(Plan::slug)).toList()) {
            for (Period period : lead.periods(plan)) {
                Due due = new Due(plan, period, catalog.periodStart(plan, period), catalog.dueDate(plan, period));
                TreeSet<String> expected = new TreeSet<>(catalog.expectedReporters(plan, period));
                expected.forEach(unit -> byUnit.computeIfAbsent(unit, k -> new ArrayList<>()).add(due));
                lead.leadReports(plan, period, due.start(), due.due(), expected);
            }
        }
        SampleFiles leadFiles = new SampleFiles(outDir, asOf);
        lead.entries.forEach(e -> leadFiles.write(e.file()));
        Tally total = new Tally();
        total.add(lead.result(leadFiles.files(), leadFiles.rows(), 0), leadFiles, 0);

        List<Map.Entry<String, List<Due>>> units = new ArrayList<>(byUnit.entrySet());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> new Thread(task, "tonghop-generate"));
        try {
            List<Future<Tally>> workers = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                workers.add(pool.submit(() -> {
                    Tally mine = new Tally();
                    for (int i = next.getAndIncrement(); i < units.size(); i = next.getAndIncrement()) {
                        unit(units.get(i).getKey(), units.get(i).getValue(), mine);
                        progress.reports(done.incrementAndGet(), units.size());
                    }
                    return mine;
                }));
            }
            for (Future<Tally> worker : workers) {
                total.add(worker.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Sinh báo cáo bị ngắt", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return total.reports(units.size());
    }

    /** Every report of one unit, in plan and period order, then its files. */
    private void unit(String unit, List<Due> dues, Tally tally) {
        SampleGenerator g = new SampleGenerator(catalog, asOf, new SplittableRandom(unitSeed(unit)), rates);
        BadSamples bad = new BadSamples(g);
        List<Written> badFiles = new ArrayList<>();
        int rowMistakes = 0;
        for (Due d : dues) {
            Slot slot = new Slot(d.plan(), d.period(), unit, d.start(), d.due(), g.outcome(d.due()));
            double draw = g.random.nextDouble();
            int at = g.entries.size();
            g.unitReport(slot);
            if (slot.outcome() == Outcome.MISSING && draw < BAD_FILE_SHARE) {
                badFiles.add(switch (g.random.nextInt(4)) {
                    case 0 -> bad.wrongEncoding(slot);
                    case 1 -> BadSamples.corruptXlsx(slot);
                    case 2 -> bad.missingColumn(slot);
                    default -> bad.twoDates(slot);
                });
            } else if (slot.outcome() == Outcome.ON_TIME && draw < ROW_MISTAKES_SHARE) {
                SampleFiles.ReportFile file = g.entries.get(at).file();
                if (!file.layout().xlsx() && BadSamples.canHoldMistakes(file.rows(), catalog)) {
                    List<SampleGenerator.Row> rows = BadSamples.withMistakes(file.rows(), slot.plan(), catalog);
                    g.entries.set(at, new Entry(slot, BadSamples.renamed(file, BadSamples.ROW_MISTAKES, rows)));
                    rowMistakes++;
                }
            }
        }
        SampleFiles files = new SampleFiles(outDir, asOf);
        g.entries.forEach(e -> files.write(e.file()));
        badFiles.forEach(files::write);
        tally.add(g.result(files.files(), files.rows(), badFiles.size()), files, rowMistakes);
    }

    /** A unit's seed: the run's seed mixed with a 64-bit hash of the code, so no two units share a stream. */
    private long unitSeed(String unit) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < unit.length(); i++) {
            h = (h ^ unit.charAt(i)) * 0x100000001b3L;
        }
        return seed * 0x9E3779B97F4A7C15L ^ h;
    }

    /** Sums of per-unit results; addition does not depend on order, so totals are the same for any pool. */
    private static final class Tally {
        int files;
        int xlsx;
        long rows;
        long bytes;
        int expected;
        int onTime;
        int late;
        int missing;
        int resubmitted;
        int leadReports;
        int rowMistakes;
        int badFiles;

        void add(SampleGenerator.Result r, SampleFiles written, int mistakes) {
            files += r.files();
            rows += r.rows();
            xlsx += written.xlsxFiles();
            bytes += written.bytes();
            expected += r.reportsExpected();
            onTime += r.onTime();
            late += r.late();
            missing += r.missing();
            resubmitted += r.resubmitted();
            leadReports += r.leadReports();
            badFiles += r.badFiles();
            rowMistakes += mistakes;
        }

        void add(Tally t) {
            files += t.files;
            xlsx += t.xlsx;
            rows += t.rows;
            bytes += t.bytes;
            expected += t.expected;
            onTime += t.onTime;
            late += t.late;
            missing += t.missing;
            resubmitted += t.resubmitted;
            leadReports += t.leadReports;
            rowMistakes += t.rowMistakes;
            badFiles += t.badFiles;
        }

        ScaleGenerator.Reports reports(int units) {
            return new ScaleGenerator.Reports(units, files, xlsx, rows, bytes, expected, onTime, late, missing, resubmitted,
                    leadReports, rowMistakes, badFiles);
        }
    }
}

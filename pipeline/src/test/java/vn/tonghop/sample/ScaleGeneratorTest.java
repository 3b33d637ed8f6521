package vn.tonghop.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.CatalogLoader;
import vn.tonghop.catalog.Period;
import vn.tonghop.catalog.Plan;
import vn.tonghop.catalog.UnitVersion;
import vn.tonghop.cli.ExitCode;
import vn.tonghop.cli.Main;
import vn.tonghop.ingest.FileRecord;
import vn.tonghop.ingest.Inbox;
import vn.tonghop.ingest.Ingest;
import vn.tonghop.ingest.IngestSummary;
import vn.tonghop.ingest.ReportRow;
import vn.tonghop.ingest.RowSink;
import vn.tonghop.ingest.SubmissionRecord;

class ScaleGeneratorTest {
    static final Path TEMPLATE = Path.of("data/catalog");
    static final ScaleGenerator.Spec SPEC = new ScaleGenerator.Spec(200, 5, 2024, 2025, 42, 0.05, 2);

    @Test
    void aLoadableWorkspaceWithRealisticRatesTheSameBytesForAnyPoolAndAnIngestThatQuarantinesOnlyTheBadFiles(
            @TempDir Path first, @TempDir Path second) throws IOException {
        ScaleGenerator.Result a = ScaleGenerator.generate(TEMPLATE, SPEC, first, ScaleGenerator.Progress.NONE);
        ScaleGenerator.Spec oneThread = new ScaleGenerator.Spec(200, 5, 2024, 2025, 42, 0.05, 1);
        ScaleGenerator.Result b = ScaleGenerator.generate(TEMPLATE, oneThread, second, ScaleGenerator.Progress.NONE);

        // two generations, with two workers and with one, are byte-identical
        assertEquals(a.reports(), b.reports());
        List<String> names = files(first);
        assertEquals(names, files(second));
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)), name);
        }

        // the catalog loads without problems; about N units, the requested depth, merges and dissolutions
        Catalog catalog = CatalogLoader.load(first.resolve("catalog"));
        assertEquals(200, catalog.units().codes().size());
        assertEquals(5, depth(catalog));
        List<UnitVersion> ended = catalog.units().allVersions().stream().filter(v -> v.to() != null).toList();
        assertTrue(!ended.isEmpty() && ended.stream().anyMatch(v -> v.successor() != null), "merges over the years");
        assertTrue(catalog.plans().stream().allMatch(p -> p.reporters().subtree().equals("TU")));
        assertEquals(names.stream().filter(n -> n.startsWith("reports/")).count(), a.reports().files());
        assertTrue(a.reports().xlsxFiles() > 0 && a.reports().xlsxFiles() < a.reports().files() / 10, a.reports().toString());

        // the expected reports of every period are mostly there; the outcome rates are near the requested ones
        ScaleGenerator.Reports r = a.reports();
        assertEquals(r.expected(), r.onTime() + r.late() + r.missing() + r.resubmitted());
        assertNear(0.78, r.onTime(), r.expected(), 0.05);
        assertNear(0.12, r.late(), r.expected(), 0.03);
        assertNear(0.06, r.missing(), r.expected(), 0.025);
        assertNear(0.04, r.resubmitted(), r.expected(), 0.02);
        int expected = 0;
        int present = 0;
        for (Plan plan : catalog.plans()) {
            for (Period period : List.of(Period.parse("2024-H1").orElseThrow(), Period.parse("2025").orElseThrow())) {
                if (!catalog.periodInPlan(plan, period)) {
                    continue;
                }
                Path folder = first.resolve("reports").resolve(plan.slug()).resolve(period.code());
                Set<String> there = Files.isDirectory(folder) ? new TreeSet<>(files(folder)) : Set.of();
                for (String unit : catalog.expectedReporters(plan, period)) {
                    expected++;
                    if (there.contains(unit + ".csv") || there.contains(unit + ".xlsx")
                            || there.stream().anyMatch(n -> n.endsWith("_" + unit + ".csv"))) {
                        present++;
                    }
                }
            }
        }
        assertTrue(expected > 300, "expected reports: " + expected);
        assertNear(0.94, present, expected, 0.04);

        // the real ingest, through the generated tonghop.yaml, accepts nearly every row
        StringWriter printed = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(printed));
        cli.setErr(new PrintWriter(printed));
        int code = cli.execute("ingest", "--config", first.resolve("tonghop.yaml").toString());
        assertEquals(r.rowMistakeFiles() + r.badFiles() > 0 ? ExitCode.NEW_INPUT_QUARANTINED : ExitCode.OK, code, printed.toString());
        assertTrue(Files.isDirectory(first.resolve("var/store")), "the workdir is inside the workspace");

        // and only the deliberately bad files (LOI_...) have problems, every one of them
        Set<String> withProblems = new TreeSet<>();
        IngestSummary s = new Ingest(catalog, a.asOf()).run(Inbox.scan(List.of(first.resolve("reports"))).files(),
                new Ingest.Context("b1", 1, Instant.EPOCH, Set.of(), Set.of()), problems(withProblems), Ingest.Progress.NONE);
        Set<String> bad = new TreeSet<>(files(first.resolve("reports")).stream()
                .filter(n -> BadSamples.isBad(n)).toList());
        assertEquals(bad, withProblems);
        assertEquals(r.rowMistakeFiles() + r.badFiles(), bad.size());
        assertTrue(r.rowMistakeFiles() > 0, r.toString());
        assertEquals(s.rowsRead(), s.rowsAccepted() + s.rowsQuarantined());
        assertTrue(s.rowsQuarantined() * 100 < s.rowsRead(), "accepted " + s.rowsAccepted() + ", quarantined " + s.rowsQuarantined());
        assertEquals(r.resubmitted(), s.resubmissions());
        assertTrue(a.asOf().isAfter(LocalDate.of(2025, 11, 15)), "as of " + a.asOf());
    }

    private static void assertNear(double share, long count, long of, double tolerance) {
        double actual = (double) count / of;
        assertTrue(Math.abs(actual - share) <= tolerance, count + " of " + of + " = " + actual + ", wanted about " + share);
    }

    /** Levels of the tree: the longest chain of parents, counting the root. */
    private static int depth(Catalog catalog) {
        int deepest = 0;
        for (UnitVersion v : catalog.units().allVersions()) {
            int depth = 1;
            for (String parent = v.parentCode(); parent != null; depth++) {
                parent = catalog.units().versions(parent).get(0).parentCode();
            }
            deepest = Math.max(deepest, depth);
        }
        return deepest;
    }

    private static RowSink problems(Set<String> files) {
        return new RowSink() {
            @Override
            public void row(ReportRow row) {
                if (!row.accepted()) {
                    files.add(row.lineage().sourceFile());
                }
            }

            @Override
            public void file(FileRecord file) {
                if (file.rejection() != null) {
                    files.add(file.lineage().sourceFile());
                }
            }

            @Override
            public void submission(SubmissionRecord submission) {
            }
        };
    }

    /** Files below {@code dir} as sorted relative paths. */
    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }
}

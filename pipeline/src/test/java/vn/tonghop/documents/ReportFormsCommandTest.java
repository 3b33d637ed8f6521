package vn.tonghop.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.CatalogLoader;
import vn.tonghop.catalog.Period;
import vn.tonghop.catalog.Plan;
import vn.tonghop.cli.ExitCode;
import vn.tonghop.testing.Cli;
import vn.tonghop.testing.TestCatalogs;

/** `tonghop forms` as users run it: what it writes and prints, and the exit code for bad input. */
class ReportFormsCommandTest {
    static final Catalog CATALOG = CatalogLoader.load(TestCatalogs.BUNDLED);
    static final Plan PLAN = CATALOG.plan("74-KH/ĐU").orElseThrow();
    static final Period PERIOD = Period.parse("2025-H1").orElseThrow();

    @TempDir
    Path out;

    private Cli.Result forms(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("forms", "--catalog", TestCatalogs.BUNDLED.toString(), "--out", out.toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private List<String> written() throws IOException {
        try (Stream<Path> files = Files.list(ReportForms.folder(out, PLAN, PERIOD))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesAFormPerUnitAndTheCsvTemplate() throws IOException {
        Cli.Result r = forms("--plan", "74-kh-du", "--period", "2025-H1");
        assertEquals(ExitCode.OK, r.code(), r.out() + r.err());
        List<String> units = ReportForms.formUnits(CATALOG, PLAN, PERIOD, null);
        List<String> expectedFiles = Stream.concat(units.stream().map(ReportForms::workbookName),
                Stream.of(ReportForms.csvTemplateName(PLAN, PERIOD))).sorted().toList();
        assertEquals(expectedFiles, written());
        int expected = ReportForms.expectedUnits(CATALOG, PLAN, PERIOD).size();
        assertTrue(r.out().contains("Đã lập " + units.size() + " mẫu báo cáo .xlsx (" + expected + " đơn vị phải báo cáo, "
                + (units.size() - expected) + " đơn vị chủ trì/phối hợp"), r.out());
        assertTrue(r.out().contains(ReportForms.folder(out, PLAN, PERIOD).toAbsolutePath().normalize().toString()), r.out());
    }

    @Test
    void aUnitGivesItsSubtreeOnly() throws IOException {
        String unit = ReportForms.expectedUnits(CATALOG, PLAN, PERIOD).get(0);
        Cli.Result r = forms("--plan", "74-KH/DU", "--period", "2025-h1", "--unit", unit.toLowerCase());
        assertEquals(ExitCode.OK, r.code(), r.out() + r.err());
        assertEquals(Stream.of(ReportForms.csvTemplateName(PLAN, PERIOD), ReportForms.workbookName(unit)).sorted().toList(), written());
    }

    @Test
    void unknownPlanPeriodOrUnitIsABadConfigurationNamingIt() {
        Cli.Result plan = forms("--plan", "99-KH/ĐU", "--period", "2025-H1");
        assertEquals(ExitCode.BAD_CONFIGURATION, plan.code());
        assertTrue(plan.err().contains("không có kế hoạch '99-KH/ĐU'") && plan.err().contains("74-KH/ĐU"), plan.err());
        Cli.Result syntax = forms("--plan", "74-KH/ĐU", "--period", "2025-H3");
        assertEquals(ExitCode.BAD_CONFIGURATION, syntax.code());
        assertTrue(syntax.err().contains("--period '2025-H3'"), syntax.err());
        Cli.Result quarter = forms("--plan", "74-KH/ĐU", "--period", "2025-Q1");
        assertEquals(ExitCode.BAD_CONFIGURATION, quarter.code());
        assertTrue(quarter.err().contains("2025-Q1"), quarter.err());
        Cli.Result before = forms("--plan", "74-KH/ĐU", "--period", "2023-H1");
        assertEquals(ExitCode.BAD_CONFIGURATION, before.code());
        assertTrue(before.err().contains("kỳ 2023-H1 không thuộc"), before.err());
        Cli.Result unit = forms("--plan", "74-KH/ĐU", "--period", "2025-H1", "--unit", "KHONG-CO");
        assertEquals(ExitCode.BAD_CONFIGURATION, unit.code());
        assertTrue(unit.err().contains("'KHONG-CO'"), unit.err());
        assertTrue(Cli.run("--help").out().contains("forms"), "listed in the help");
    }
}

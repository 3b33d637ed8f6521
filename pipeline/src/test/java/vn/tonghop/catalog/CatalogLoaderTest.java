package vn.tonghop.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.testing.TestCatalogs;

class CatalogLoaderTest {
    @Test
    void bundledCatalogLoadsWithTheThreeSeedPlans() {
        Catalog catalog = CatalogLoader.load(TestCatalogs.BUNDLED);
        assertEquals(Set.of("09-kh-du", "74-kh-du", "pgddt-gv-dvcq-2023"),
                Set.copyOf(catalog.plans().stream().map(Plan::slug).toList()));
        Plan plan74 = catalog.plan("74-KH/DU").orElseThrow();
        assertEquals("74-KH/ĐU", plan74.code());
        assertTrue(plan74.leafTasks().count() >= 10, "74-KH/ĐU is mostly narrative tasks");
        assertTrue(plan74.assumed().contains("issue_date"), "the seed prints no date: it must be marked assumed");
    }

    @Test
    void bulletsInheritTheLeadUnitOfTheirNumberedTask() {
        Plan plan74 = CatalogLoader.load(TestCatalogs.BUNDLED).plan("74-KH/ĐU").orElseThrow();
        Task nv3 = plan74.allTasks().filter(t -> t.code().equals("NV3")).findFirst().orElseThrow();
        assertEquals(List.of("CDGD"), nv3.lead());
        assertTrue(nv3.children().stream().allMatch(c -> c.lead().equals(List.of("CDGD"))), nv3.children().toString());
    }

    @Test
    void phongGdDueDateBeforeMayFirstMovesOffTheHolidays() {
        Catalog catalog = CatalogLoader.load(TestCatalogs.BUNDLED);
        Plan plan = catalog.plan("pgddt-gv-dvcq-2023").or(() -> catalog.plans().stream()
                .filter(p -> p.slug().equals("pgddt-gv-dvcq-2023")).findFirst()).orElseThrow();
        Period h1 = Period.parse("2023-H1").orElseThrow();
        // "trước ngày 01/5" gives 30/04/2023, a Sunday inside the 29/04-03/05 holiday: next working day 04/05.
        assertEquals(LocalDate.of(2023, 4, 30), plan.calendar().entry(PeriodType.H1).orElseThrow().due().dueFor(h1));
        assertEquals(LocalDate.of(2023, 5, 4), catalog.dueDate(plan, h1));
        assertEquals(LocalDate.of(2023, 5, 4), catalog.cutOff(plan, h1));
    }

    @Test
    void validityAnswersOneQuestionForIngestAndAggregation() {
        Catalog catalog = TestCatalogs.mini();
        UnitTree units = catalog.units();
        assertTrue(units.isValid("CB-B", LocalDate.of(2024, 6, 30)));
        assertFalse(units.isValid("CB-B", LocalDate.of(2024, 7, 1)), "to is exclusive");
        assertFalse(units.isValid("CB-C", LocalDate.of(2024, 4, 30)));
        assertEquals("CB-B", units.canonicalCode("cb-b").orElseThrow());
        Plan plan = catalog.plan("12-KH/ĐU").orElseThrow();
        Period h1 = Period.parse("2024-H1").orElseThrow();
        Period year = Period.parse("2024").orElseThrow();
        assertEquals(LocalDate.of(2024, 5, 2), catalog.cutOff(plan, h1));
        assertEquals(LocalDate.of(2025, 1, 15), catalog.dueDate(plan, year));
        assertEquals(LocalDate.of(2024, 12, 31), catalog.cutOff(plan, year));
        // merged CB-B is expected for the half-year, not for the year; CB-C, created 01/05, is expected for both
        assertEquals(Set.of("CB-A", "CB-B", "CB-C", "DB-D"), catalog.expectedReporters(plan, h1));
        assertEquals(Set.of("CB-A", "CB-C", "DB-D"), catalog.expectedReporters(plan, year));
    }

    @Test
    void dueRulesParseOrAreRefused() {
        Period h1 = Period.parse("2024-h1").orElseThrow();
        assertEquals(LocalDate.of(2024, 6, 15), DueRule.parse("trước ngày 16/06").orElseThrow().dueFor(h1));
        assertEquals(LocalDate.of(2025, 1, 15), DueRule.parse("Ngày 15/01 năm sau").orElseThrow().dueFor(h1));
        assertEquals(LocalDate.of(2024, 7, 10), DueRule.parse("10 ngày sau kỳ").orElseThrow().dueFor(h1));
        assertTrue(DueRule.parse("khi nào xong thì nộp").isEmpty());
        assertTrue(DueRule.parse("trước ngày 31/02").isEmpty());
    }

    @Test
    void periodsParseAsWrittenInReports() {
        assertEquals("2024-Q3", Period.parse("2024-q3").orElseThrow().code());
        assertEquals(LocalDate.of(2024, 9, 30), Period.parse("2024-Q3").orElseThrow().end());
        assertEquals(LocalDate.of(2024, 2, 29), Period.parse("2024-02").orElseThrow().end());
        assertEquals("2025-SK", Period.parse("2025-sk").orElseThrow().code());
        assertTrue(Period.parse("2024-H3").isEmpty());
        assertTrue(Period.parse("24-H1").isEmpty());
    }

    @Test
    void everyCatalogProblemIsListedAtOnce(@TempDir Path dir) throws IOException {
        Path catalogDir = TestCatalogs.copyOfMini(dir.resolve("catalog"));
        Files.writeString(catalogDir.resolve("units.csv"), """
                ma_don_vi,ten_don_vi,loai,ma_cap_tren,hieu_luc_tu,hieu_luc_den,ma_ke_thua,ghi_chu
                DU,Đảng ủy Thử nghiệm,đảng ủy,,2020-01-01,,,
                CB-A,Chi bộ A,chi bộ cơ sở,DU,2020-01-01,,,
                CB-A,Chi bộ A (trùng),chi bộ cơ sở,DU,2022-01-01,,,
                CB-X,Chi bộ X,chi bộ cơ sở,KHONG-CO,2020-01-01,,,
                CB-Y,Chi bộ Y,chi bộ cơ sở,CB-Z,2020-01-01,,,
                CB-Z,Chi bộ Z,chi bộ cơ sở,CB-Y,2020-01-01,,,
                CB-W,Chi bộ W,chi bộ cơ sở,DU,2020-01-01,,CB-A,
                """, StandardCharsets.UTF_8);
        Path plan = catalogDir.resolve("plans/12-kh-du.yaml");
        String text = Files.readString(plan).replace("trước ngày 01/05", "khi nào xong").replace("lead: [CB-A]", "lead: [CB-MA]");
        Files.writeString(plan, text);
        Files.writeString(catalogDir.resolve("plans/13-kh-du.yaml"), text.replace("12-KH/ĐU", "13-KH/ĐU")
                .replace("slug: 12-kh-du", "slug: 13-kh-du"));
        CatalogException e = assertThrows(CatalogException.class, () -> CatalogLoader.load(catalogDir));
        List<String> problems = e.problems();
        assertContains(problems, "chồng lên");                   // overlapping intervals of CB-A
        assertContains(problems, "KHONG-CO không có trong danh mục"); // unknown parent
        assertContains(problems, "vòng lặp");                     // CB-Y <-> CB-Z
        assertContains(problems, "ma_ke_thua chỉ ghi");           // successor without an end
        assertContains(problems, "không hiểu hạn nộp 'khi nào xong'");
        assertContains(problems, "CB-MA không có trong units.csv");
        assertContains(problems, "đã thuộc kế hoạch 12-kh-du");    // (indicator, year) in two plans
        assertTrue(problems.size() >= 8, "all problems at once, got " + problems);
    }

    private static void assertContains(List<String> problems, String fragment) {
        assertTrue(problems.stream().anyMatch(p -> p.contains(fragment)), "no problem mentions '" + fragment + "' in " + problems);
    }
}

package vn.tonghop.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.store.Store;
import vn.tonghop.testing.TestCatalogs;

/**
 * Proves the oracle on the mini catalog with numbers worked out by hand (see the comments),
 * before it judges the Spark aggregation. Mini catalog: DU > CB-A, CB-B (merged into CB-A on
 * 2024-07-01), CB-C (from 2024-05-01), DB-D > DB-D-1 (chi bộ trực thuộc: not named by the rule).
 * H1 due "trước ngày 01/05": 30/04/2024 and 01/05/2024 are holidays, so han_nop = ngay_chot =
 * 02/05/2024 and CB-C is already expected; year due 15 days after: 15/01/2025, cut-off 31/12/2024.
 */
class OracleSelfTest {
    static final String PLAN = "12-KH/ĐU";
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 20);
    @TempDir
    static Path dir;
    static Store store;
    static Catalog catalog;
    static Map<String, List<Map<String, Object>>> out;

    @BeforeAll
    static void ingestAndCompute() throws IOException {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        // 2024-H1, due 02/05/2024
        report(inbox, "cb-a-2024-h1", "CB-A", "2024-H1", "28/04/2024", "NV1", "hoàn thành", "NV2", "hoàn thành",
                "MH-DK", "3", "CBVC", "20", "ATGT-DK", "18", "HAI-LONG", "8,5", "TL-HT", "90");
        report(inbox, "cb-b-2024-h1", "CB-B", "2024-H1", "25/04/2024", "NV1", "chưa thực hiện",
                "MH-DK", "1", "CBVC", "10", "ATGT-DK", "10", "HAI-LONG", "7");
        report(inbox, "cb-b-2024-h1-nop-lai", "CB-B", "2024-H1", "10/05/2024", "NV1", "đang thực hiện 50%",
                "MH-DK", "2", "CBVC", "10", "ATGT-DK", "9", "HAI-LONG", "7,5");
        report(inbox, "cb-c-2024-h1", "CB-C", "2024-H1", "10/05/2024", "NV1", "đang thực hiện 40%",
                "MH-DK", "0", "CBVC", "5", "ATGT-DK", "5");
        report(inbox, "db-d-1-2024-h1", "DB-D-1", "2024-H1", "20/04/2024", "MH-DK", "4");
        // 2024, due 15/01/2025
        report(inbox, "cb-a-2024", "CB-A", "2024", "10/01/2025", "NV1", "đang thực hiện 70%", "NV2", "hoàn thành",
                "MH-DK", "2", "CBVC", "22", "ATGT-DK", "22", "HAI-LONG", "9", "TL-HT", "100");
        report(inbox, "cb-c-2024", "CB-C", "2024", "20/01/2025", "NV1", "chưa thực hiện", "MH-DK", "1", "CBVC", "6", "ATGT-DK", "3");
        report(inbox, "db-d-2024", "DB-D", "2024", "12/01/2025", "NV1", "hoàn thành", "MH-DK", "0", "CBVC", "30",
                "ATGT-DK", "30", "HAI-LONG", "8");
        // 2025-H1, due 30/04/2025 (a working day: the mini holidays are 2024 only)
        report(inbox, "cb-a-2025-h1", "CB-A", "2025-H1", "25/04/2025", "NV1", "hoàn thành", "MH-DK", "5", "CBVC", "25",
                "ATGT-DK", "20");
        report(inbox, "db-d-2025-h1", "DB-D", "2025-H1", "29/04/2025", "MH-DK", "1", "CBVC", "30", "ATGT-DK", "27");
        int code = vn.tonghop.cli.Main.commandLine().execute("ingest", "--catalog", TestCatalogs.MINI.toString(),
                "--inbox", inbox.toString(), "--store", dir.resolve("store").toString(), "--as-of", AS_OF.toString());
        assertEquals(0, code, "every hand-written row is accepted");
        store = Store.open(dir.resolve("store").toString());
        catalog = TestCatalogs.mini();
        out = DuckDbOracle.compute(store, catalog, AS_OF);
    }

    static void report(Path inbox, String name, String unit, String period, String date, String... items) throws IOException {
        StringBuilder csv = new StringBuilder("ma_don_vi,ma_ke_hoach,ky_bao_cao,ngay_nop,ma_muc,gia_tri,ghi_chu\n");
        for (int i = 0; i < items.length; i += 2) {
            csv.append(String.join(",", unit, PLAN, period, date, items[i], "\"" + items[i + 1] + "\"", "")).append('\n');
        }
        Files.writeString(inbox.resolve(name + ".csv"), csv, StandardCharsets.UTF_8);
    }

    static Map<String, Object> row(Map<String, List<Map<String, Object>>> data, String dataset, String... keyValues) {
        List<String> keys = DuckDbOracle.KEYS.get(dataset);
        List<Map<String, Object>> found = data.get(dataset).stream().filter(r -> {
            for (int i = 0; i < keys.size(); i++) {
                if (!String.valueOf(r.get(keys.get(i))).equals(keyValues[i])) {
                    return false;
                }
            }
            return true;
        }).toList();
        if (found.size() != 1) {
            fail(dataset + " " + List.of(keyValues) + ": " + found.size() + " rows");
        }
        return found.get(0);
    }

    static Map<String, Object> row(String dataset, String... keyValues) {
        return row(out, dataset, keyValues);
    }

    static boolean has(String dataset, String... keyValues) {
        List<String> keys = DuckDbOracle.KEYS.get(dataset);
        return out.get(dataset).stream().anyMatch(r -> {
            for (int i = 0; i < keys.size(); i++) {
                if (!String.valueOf(r.get(keys.get(i))).equals(keyValues[i])) {
                    return false;
                }
            }
            return true;
        });
    }

    static void assertNumber(double expected, Object actual, String what) {
        assertNotNull(actual, what);
        assertEquals(expected, ((Number) actual).doubleValue(), 1e-6, what);
    }

    @Test
    void reportingStatuses() {
        Map<String, Object> a = row("reporting", PLAN, "2024-H1", "CB-A");
        assertEquals(LocalDate.of(2024, 5, 2), a.get("han_nop"), "30/04 and 01/05 are holidays");
        assertEquals(LocalDate.of(2024, 5, 2), a.get("ngay_chot"));
        assertEquals("dung_han", a.get("trang_thai"));
        assertEquals(true, a.get("ky_vong"));
        assertNull(a.get("so_ngay_tre"));
        assertEquals("12-kh-du", a.get("ke_hoach"));
        assertEquals(2024L, a.get("nam"));

        Map<String, Object> b = row("reporting", PLAN, "2024-H1", "CB-B");
        assertEquals("dung_han", b.get("trang_thai"), "status from the first submission (25/04)");
        assertEquals(LocalDate.of(2024, 4, 25), b.get("ngay_nop"));
        assertEquals(LocalDate.of(2024, 5, 10), b.get("ngay_nop_cuoi"));
        assertEquals(2L, b.get("so_lan_nop"));

        Map<String, Object> c = row("reporting", PLAN, "2024-H1", "CB-C");
        assertEquals(true, c.get("ky_vong"), "created 01/05, valid on the cut-off 02/05");
        assertEquals("tre_han", c.get("trang_thai"));
        assertEquals(8L, c.get("so_ngay_tre"), "10/05 - 02/05");

        Map<String, Object> d = row("reporting", PLAN, "2024-H1", "DB-D");
        assertEquals("chua_nop", d.get("trang_thai"));
        assertEquals(0L, d.get("so_lan_nop"));
        assertEquals(414L, d.get("so_ngay_tre"), "02/05/2024 to 20/06/2025: 365 + 31 + 18");

        Map<String, Object> d1 = row("reporting", PLAN, "2024-H1", "DB-D-1");
        assertEquals(false, d1.get("ky_vong"), "a chi bộ trực thuộc is not named by the rule");
        assertEquals("dung_han", d1.get("trang_thai"));

        assertFalse(has("reporting", PLAN, "2024", "CB-B"), "merged on 01/07/2024, before the year's cut-off");
        assertEquals(LocalDate.of(2025, 1, 15), row("reporting", PLAN, "2024", "CB-A").get("han_nop"));
        assertEquals(LocalDate.of(2024, 12, 31), row("reporting", PLAN, "2024", "CB-A").get("ngay_chot"));
        assertEquals(5L, row("reporting", PLAN, "2024", "CB-C").get("so_ngay_tre"), "20/01 - 15/01");
        assertEquals(51L, row("reporting", PLAN, "2025-H1", "CB-C").get("so_ngay_tre"), "30/04 to 20/06/2025");
        assertFalse(has("reporting", PLAN, "2025", "CB-A"), "year 2025 neither ended nor due");
        assertEquals(4 + 1 + 3 + 3, out.get("reporting").stream().filter(r -> r.get("ma_ke_hoach").equals(PLAN)).count());
    }

    @Test
    void reportingRatesOfTheSubtree() {
        Map<String, Object> du = row("reporting_summary", PLAN, "2024-H1", "DU", "cay");
        assertEquals(4L, du.get("ky_vong"));
        assertEquals(3L, du.get("da_nop"));
        assertEquals(2L, du.get("dung_han"));
        assertEquals(1L, du.get("tre_han"));
        assertEquals(1L, du.get("chua_nop"));
        assertEquals(0L, du.get("chua_den_han"));
        assertNumber(0.75, du.get("ty_le_nop"), "3 of 4");
        assertNumber(0.5, du.get("ty_le_dung_han"), "2 of 4");
        Map<String, Object> own = row("reporting_summary", PLAN, "2024-H1", "DU", "rieng");
        assertEquals(0L, own.get("ky_vong"));
        assertNull(own.get("ty_le_nop"), "the root is not expected: no rate");
        Map<String, Object> db = row("reporting_summary", PLAN, "2024-H1", "DB-D", "cay");
        assertEquals(1L, db.get("ky_vong"), "DB-D-1 is not expected");
        assertNumber(0.0, db.get("ty_le_nop"), "DB-D missing");
        assertEquals(12, out.get("reporting_summary").stream()
                        .filter(r -> r.get("ma_ke_hoach").equals(PLAN) && r.get("ky_bao_cao").equals("2024-H1")).count(),
                "6 units in DU's tree on 02/05/2024, two scopes");
        assertNumber(2.0 / 3, row("reporting_summary", PLAN, "2025-H1", "DU", "cay").get("ty_le_nop"), "CB-A, DB-D of 3");
    }

    @Test
    void beforeTheYearIsDueItsReportsAreNotYetDue() {
        Map<String, List<Map<String, Object>>> early = DuckDbOracle.compute(store, catalog, LocalDate.of(2025, 1, 10));
        assertEquals("dung_han", row(early, "reporting", PLAN, "2024", "CB-A").get("trang_thai"), "10/01 counted");
        Map<String, Object> c = row(early, "reporting", PLAN, "2024", "CB-C");
        assertEquals("chua_den_han", c.get("trang_thai"), "its 20/01 submission is after the as-of date");
        assertNull(c.get("so_ngay_tre"));
        assertEquals(0L, c.get("so_lan_nop"));
        Map<String, Object> du = row(early, "reporting_summary", PLAN, "2024", "DU", "cay");
        assertEquals(0L, du.get("ky_vong"), "han_nop 15/01/2025 is after the as-of date");
        assertEquals(2L, du.get("chua_den_han"), "CB-C and DB-D");
        assertNull(du.get("ty_le_nop"));
        assertTrue(early.get("reporting").stream().noneMatch(r -> r.get("ky_bao_cao").equals("2025-H1")));
        assertNumber(2.0, row(early, "indicators", PLAN, "2024", "DU", "MH-DK").get("gia_tri_tong_hop"), "CB-A only");
    }

    @Test
    void taskStatusesAndGroups() {
        Map<String, Object> nv2 = row("tasks", PLAN, "2024-H1", "CB-A", "NV2");
        assertEquals("hoan_thanh", nv2.get("trang_thai"));
        assertEquals(LocalDate.of(2024, 3, 31), nv2.get("han_chot"));
        assertEquals(LocalDate.of(2024, 4, 28), nv2.get("ngay_hoan_thanh"));
        assertEquals("tre_han", nv2.get("tien_do_han"));
        assertFalse(has("tasks", PLAN, "2024-H1", "CB-B", "NV2"), "NV2 is CB-A's alone");
        assertFalse(has("tasks", PLAN, "2024-H1", "DB-D-1", "NV1"), "not an expected unit");
        Map<String, Object> bNv1 = row("tasks", PLAN, "2024-H1", "CB-B", "NV1");
        assertEquals("dang_thuc_hien", bNv1.get("trang_thai"), "the latest submission's content");
        assertNumber(50, bNv1.get("phan_tram"), "50%");
        assertEquals(true, bNv1.get("hoan_thanh_ky"), "NV1 is ongoing");
        assertEquals("hoan_thanh", row("tasks", PLAN, "2024-H1", "CB-B", "II").get("trang_thai"), "its one leaf is done");
        assertEquals(true, row("tasks", PLAN, "2024-H1", "CB-B", "II").get("la_nhom"));
        assertEquals("khong_bao_cao", row("tasks", PLAN, "2024-H1", "DB-D", "II").get("trang_thai"));
        assertEquals("chua_thuc_hien", row("tasks", PLAN, "2024", "CB-C", "II").get("trang_thai"));
        Map<String, Object> a25 = row("tasks", PLAN, "2025-H1", "CB-A", "NV2");
        assertEquals("khong_bao_cao", a25.get("trang_thai"), "nothing carries over");
        assertEquals("qua_han", a25.get("tien_do_han"));
        assertEquals("dang_thuc_hien", row("tasks", PLAN, "2025-H1", "CB-A", "II").get("trang_thai"), "NV1 done, NV2 not");

        Map<String, Object> s = row("task_summary", PLAN, "2024-H1", "DU", "NV1", "cay");
        assertEquals(4L, s.get("so_bao_cao"));
        assertEquals(1L, s.get("hoan_thanh"));
        assertEquals(2L, s.get("dang_thuc_hien"));
        assertEquals(1L, s.get("khong_bao_cao"));
        assertEquals(3L, s.get("hoan_thanh_ky"));
        assertNumber(0.75, s.get("ty_le_hoan_thanh"), "3 of 4");
        assertNull(s.get("dung_han"), "NV1 has no deadline");
        Map<String, Object> s2 = row("task_summary", PLAN, "2024-H1", "DU", "NV2", "cay");
        assertEquals(1L, s2.get("so_bao_cao"));
        assertEquals(1L, s2.get("tre_han"));
        assertEquals(0L, s2.get("dung_han"));
        assertEquals(3L, row("task_summary", PLAN, "2024-H1", "DU", "II", "cay").get("hoan_thanh"));
        assertFalse(has("task_summary", PLAN, "2024-H1", "DU", "NV1", "rieng"), "DU reports no task");
    }

    @Test
    void indicatorRollUps() {
        Map<String, Object> sum = row("indicators", PLAN, "2024-H1", "DU", "MH-DK");
        assertNull(sum.get("gia_tri"));
        assertNumber(9, sum.get("gia_tri_tong_hop"), "3 + 2 (CB-B resubmitted) + 0 + 4 (DB-D-1, not expected)");
        assertEquals(4L, sum.get("so_don_vi_co_so_lieu"));
        assertEquals(4L, sum.get("so_don_vi_ky_vong"));
        assertNull(sum.get("chi_tieu"), "annual targets are not split onto halves");
        assertNull(sum.get("so_don_vi_ap_dung"));
        assertNumber(4, row("indicators", PLAN, "2024-H1", "DB-D", "MH-DK").get("gia_tri_tong_hop"), "DB-D-1 below it");

        assertNumber(8.0, row("indicators", PLAN, "2024-H1", "DU", "HAI-LONG").get("gia_tri_tong_hop"), "(8,5 + 7,5) / 2");
        assertEquals(2L, row("indicators", PLAN, "2024-H1", "DU", "HAI-LONG").get("so_don_vi_co_so_lieu"));

        Map<String, Object> share = row("indicators", PLAN, "2024-H1", "DU", "ATGT-TL");
        assertNumber(100.0 * 32 / 35, share.get("gia_tri_tong_hop"), "(18 + 9 + 5) / (20 + 10 + 5)");
        assertNumber(100, share.get("chi_tieu"), "a level");
        assertNumber(32.0 / 35, share.get("ty_le_dat"), "fraction of the level");
        assertEquals(3L, share.get("so_don_vi_ap_dung"), "CB-A, CB-B, CB-C");
        assertEquals(1L, share.get("so_don_vi_dat"), "only CB-C reaches 100%");
        assertNumber(90, row("indicators", PLAN, "2024-H1", "CB-B", "ATGT-TL").get("gia_tri"), "9 / 10");

        Map<String, Object> year = row("indicators", PLAN, "2024", "DU", "MH-DK");
        assertNumber(3, year.get("gia_tri_tong_hop"), "2 + 1 + 0");
        assertNumber(2, year.get("chi_tieu"), "1 per chi bộ cơ sở expected: CB-A, CB-C");
        assertNumber(1.5, year.get("ty_le_dat"), "3 / 2");
        assertEquals(2L, year.get("so_don_vi_ap_dung"));
        assertEquals(2L, year.get("so_don_vi_dat"));
        assertNull(year.get("chenh_lech_ky_truoc"), "no 2023");
        Map<String, Object> dbYear = row("indicators", PLAN, "2024", "DB-D", "MH-DK");
        assertNull(dbYear.get("chi_tieu"), "no chi bộ cơ sở below DB-D");
        assertNumber(0, dbYear.get("gia_tri"), "a reported zero is a value");
        assertEquals(36, out.get("indicators").stream()
                        .filter(r -> r.get("ma_ke_hoach").equals(PLAN) && r.get("ky_bao_cao").equals("2024-H1")).count(),
                "6 units x 6 indicators");
    }

    /** On the bundled data: expected reports agree with the catalog's own rule; prints the issuers' figures. */
    @Test
    void bundledDataAgreesWithTheCatalogsExpectedReporters(@TempDir Path tmp) {
        int code = vn.tonghop.cli.Main.commandLine().execute("ingest", "--catalog", TestCatalogs.BUNDLED.toString(),
                "--inbox", "data/reports", "--store", tmp.resolve("store").toString(), "--as-of", AS_OF.toString());
        assertEquals(3, code, "the bundled sample holds deliberately bad files");
        Catalog bundled = vn.tonghop.catalog.CatalogLoader.load(TestCatalogs.BUNDLED);
        Map<String, List<Map<String, Object>>> data = DuckDbOracle.compute(Store.open(tmp.resolve("store").toString()), bundled, AS_OF);
        for (vn.tonghop.catalog.Plan plan : bundled.plans()) {
            java.util.Set<String> periods = new java.util.TreeSet<>();
            data.get("reporting").stream().filter(r -> r.get("ke_hoach").equals(plan.slug()))
                    .forEach(r -> periods.add((String) r.get("ky_bao_cao")));
            assertFalse(periods.isEmpty(), plan.slug());
            for (String p : periods) {
                vn.tonghop.catalog.Period period = vn.tonghop.catalog.Period.parse(p).orElseThrow();
                java.util.Set<String> expected = new java.util.TreeSet<>();
                data.get("reporting").stream().filter(r -> r.get("ke_hoach").equals(plan.slug()) && r.get("ky_bao_cao").equals(p)
                        && Boolean.TRUE.equals(r.get("ky_vong"))).forEach(r -> expected.add((String) r.get("ma_don_vi")));
                assertEquals(bundled.expectedReporters(plan, period), expected, plan.slug() + " " + p);
            }
            String last = ((java.util.TreeSet<String>) periods).last();
            String year = last.substring(0, 4);
            for (String p : periods) {
                if (!p.startsWith(year)) {
                    continue;
                }
                Map<String, Object> s = row(data, "reporting_summary", plan.code(), p, plan.issuerUnit(), "cay");
                System.out.printf("%s %s %s: ky_vong=%s da_nop=%s dung_han=%s tre_han=%s chua_nop=%s ty_le_nop=%s ty_le_dung_han=%s%n",
                        plan.slug(), p, plan.issuerUnit(), s.get("ky_vong"), s.get("da_nop"), s.get("dung_han"), s.get("tre_han"),
                        s.get("chua_nop"), s.get("ty_le_nop"), s.get("ty_le_dung_han"));
                data.get("indicators").stream().filter(r -> r.get("ke_hoach").equals(plan.slug()) && r.get("ky_bao_cao").equals(p)
                        && r.get("ma_don_vi").equals(plan.issuerUnit())).forEach(r -> System.out.printf(
                        "    %-14s tong_hop=%s co_so_lieu=%s/%s chi_tieu=%s ty_le_dat=%s ap_dung=%s dat=%s cung_ky=%s%n",
                        r.get("ma_chi_tieu"), r.get("gia_tri_tong_hop"), r.get("so_don_vi_co_so_lieu"), r.get("so_don_vi_ky_vong"),
                        r.get("chi_tieu"), r.get("ty_le_dat"), r.get("so_don_vi_ap_dung"), r.get("so_don_vi_dat"),
                        r.get("chenh_lech_cung_ky")));
            }
        }
        data.forEach((name, rows) -> System.out.println(name + ": " + rows.size() + " rows"));
    }

    @Test
    void changeOnTheSamePeriodLastYear() {
        Map<String, Object> mh = row("indicators", PLAN, "2025-H1", "DU", "MH-DK");
        assertNumber(6, mh.get("gia_tri_tong_hop"), "5 + 1");
        assertNumber(-3, mh.get("chenh_lech_cung_ky"), "6 - 9");
        assertNumber(-1.0 / 3, mh.get("ty_le_tang_cung_ky"), "-3 / 9");
        assertNull(mh.get("chenh_lech_ky_truoc"), "no H2 in the calendar");
        Map<String, Object> tl = row("indicators", PLAN, "2025-H1", "DU", "ATGT-TL");
        assertNumber(100.0 * 47 / 55 - 100.0 * 32 / 35, tl.get("chenh_lech_cung_ky"), "percentage points");
        Map<String, Object> c = row("indicators", PLAN, "2025-H1", "CB-C", "MH-DK");
        assertNull(c.get("gia_tri_tong_hop"), "no data is never 0");
        assertEquals(0L, c.get("so_don_vi_co_so_lieu"));
        assertEquals(1L, c.get("so_don_vi_ky_vong"));
        assertNull(c.get("chenh_lech_cung_ky"));
        assertFalse(has("indicators", PLAN, "2025-H1", "DU", "HAI-LONG"), "carried in 2024 only");
    }
}

package vn.tonghop.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.testing.SharedSpark;
import vn.tonghop.testing.TestCatalogs;

/**
 * The aggregation on a hand-written case, every expected number worked out by hand below.
 * Mini catalog: DU > CB-A, CB-B (merged into CB-A on 01/07/2024), CB-C (from 01/05/2024), DB-D > DB-D-1;
 * the rule names chi bộ cơ sở and đảng bộ cơ sở. H1 due "trước 01/05" = 30/04/2024, a holiday, as is 01/05:
 * due 02/05/2024 (cut-off 02/05). Year due 15 days after the end: 15/01/2025 (cut-off 31/12).
 * As of 20/06/2025 (and 31/12/2024 for "not yet due").
 */
class AggregationTest {
    static final SparkSession SPARK = SharedSpark.session();
    static final Catalog CATALOG = TestCatalogs.mini();
    static Datasets late;
    static Datasets early;

    @BeforeAll
    static void aggregate() {
        HandRows rows = new HandRows()
                .submit("s1", "CB-A", "2024-H1", "2024-04-28", "NV1=dang_thuc_hien", "NV2=hoan_thanh", "MH-DK=2", "CBVC=40",
                        "ATGT-DK=38", "HAI-LONG=8")
                .submit("s2", "CB-B", "2024-H1", "2024-05-06", "NV1=chua_thuc_hien", "MH-DK=5")
                .submit("s3", "CB-B", "2024-H1", "2024-05-08", "NV1=hoan_thanh", "MH-DK=1", "CBVC=10", "ATGT-DK=10", "HAI-LONG=9")
                .submit("s4", "DB-D", "2024-H1", "2024-05-02", "NV1=chua_thuc_hien", "MH-DK=0", "CBVC=50", "ATGT-DK=45")
                .submit("s5", "DB-D-1", "2024-H1", "2024-04-20", "MH-DK=3", "HAI-LONG=6")
                .submit("s6", "CB-A", "2024", "2024-12-20", "MH-DK=4")
                .submit("s7", "CB-A", "2025-H1", "2025-04-25", "MH-DK=3")
                .submit("s8", "DB-D", "2024", "2025-01-10", "MH-DK=7")
                .submit("s9", "DB-D", "2024", "2025-01-10", "MH-DK=1")
                .submitTo("14-KH/ĐU", "h1", "CB-A", "2024-H1", "2024-07-05", "NV1=dang_thuc_hien", "HTKK=2", "DIEM=8", "XDK=9", "XTS=10")
                .submitTo("14-KH/ĐU", "h2", "CB-A", "2024-H2", "2025-01-08", "NV1=hoan_thanh", "HTKK=3", "DIEM=9", "XDK=10", "XTS=10")
                .submitTo("14-KH/ĐU", "h3", "CB-C", "2024-H1", "2024-07-09", "NV1=dang_thuc_hien", "HTKK=1");
        late = Aggregation.run(SPARK, CATALOG, rows.accepted(SPARK), rows.submissions(SPARK), LocalDate.of(2025, 6, 20));
        early = Aggregation.run(SPARK, CATALOG, rows.accepted(SPARK), rows.submissions(SPARK), LocalDate.of(2024, 12, 31));
    }

    /** The one row of plan 12-KH/ĐU matching {@code where}. */
    static Row one(Dataset<Row> ds, String where) {
        List<Row> found = ds.where("ma_ke_hoach = '12-KH/ĐU' and " + where).collectAsList();
        assertEquals(1, found.size(), where + " -> " + found);
        return found.get(0);
    }

    @Test
    void reportingStatusesAndDaysLate() {
        Dataset<Row> r = late.reporting();
        Row a = one(r, "ky_bao_cao = '2024-H1' and ma_don_vi = 'CB-A'");
        assertEquals("dung_han", a.getAs("trang_thai"));
        assertEquals(Date.valueOf("2024-05-02"), a.getAs("han_nop"));
        Row b = one(r, "ky_bao_cao = '2024-H1' and ma_don_vi = 'CB-B'");
        assertEquals("tre_han", b.getAs("trang_thai"));
        assertEquals(4, (int) b.getAs("so_ngay_tre"), "06/05 is 4 days after 02/05");
        assertEquals(2L, (long) b.getAs("so_lan_nop"));
        assertEquals(Date.valueOf("2024-05-08"), b.getAs("ngay_nop_cuoi"));
        assertEquals("s3", b.getAs("ma_lan_nop_cuoi"), "the content is the latest submission");
        assertEquals("dung_han", one(r, "ky_bao_cao = '2024-H1' and ma_don_vi = 'DB-D'").getAs("trang_thai"), "on the due date is on time");
        Row c = one(r, "ky_bao_cao = '2024-H1' and ma_don_vi = 'CB-C'");
        assertEquals("chua_nop", c.getAs("trang_thai"));
        assertEquals(414, (int) c.getAs("so_ngay_tre"), "02/05/2024 to 20/06/2025");
        Row unexpected = one(r, "ky_bao_cao = '2024-H1' and ma_don_vi = 'DB-D-1'");
        assertFalse((boolean) unexpected.getAs("ky_vong"), "a chi bộ trực thuộc is not named by the rule");
        assertEquals(0, r.where("ma_ke_hoach = '12-KH/ĐU' and ky_bao_cao = '2024' and ma_don_vi = 'CB-B'").count(), "merged on 01/07: not expected for the year");
        assertEquals(156, (int) one(r, "ky_bao_cao = '2024' and ma_don_vi = 'CB-C'").getAs("so_ngay_tre"), "15/01 to 20/06/2025");
        Row sameDay = one(r, "ky_bao_cao = '2024' and ma_don_vi = 'DB-D'");
        assertEquals("s9", sameDay.getAs("ma_lan_nop_cuoi"), "two submissions on one day: the later ingested is the content");
        assertEquals(2L, (long) sameDay.getAs("so_lan_nop"));
        assertEquals("chua_den_han", one(early.reporting(), "ky_bao_cao = '2024' and ma_don_vi = 'CB-C'").getAs("trang_thai"));
        assertEquals(0, r.where("nam < 2024").count(), "the plan is valid from 2024: nothing earlier is expected");
        assertEquals("dung_han", one(early.reporting(), "ky_bao_cao = '2024' and ma_don_vi = 'CB-A'").getAs("trang_thai"));
    }

    @Test
    void reportingRatesPerSubtree() {
        Row du = one(late.reportingSummary(), "ky_bao_cao = '2024-H1' and ma_don_vi = 'DU' and pham_vi = 'cay'");
        assertEquals(4L, (long) du.getAs("ky_vong"));
        assertEquals(3L, (long) du.getAs("da_nop"));
        assertEquals(2L, (long) du.getAs("dung_han"));
        assertEquals(1L, (long) du.getAs("tre_han"));
        assertEquals(1L, (long) du.getAs("chua_nop"));
        assertEquals(0.75, (double) du.getAs("ty_le_nop"), 1e-9);
        assertEquals(0.5, (double) du.getAs("ty_le_dung_han"), 1e-9);
        Row duOwn = one(late.reportingSummary(), "ky_bao_cao = '2024-H1' and ma_don_vi = 'DU' and pham_vi = 'rieng'");
        assertEquals(0L, (long) duOwn.getAs("ky_vong"));
        assertNull(duOwn.getAs("ty_le_nop"), "no expected report: no rate, never 0");
        Row dbd = one(late.reportingSummary(), "ky_bao_cao = '2024-H1' and ma_don_vi = 'DB-D' and pham_vi = 'cay'");
        assertEquals(1L, (long) dbd.getAs("ky_vong"), "DB-D-1 reported but is not expected");
        Row notDue = one(early.reportingSummary(), "ky_bao_cao = '2024' and ma_don_vi = 'DU' and pham_vi = 'cay'");
        assertEquals(0L, (long) notDue.getAs("ky_vong"));
        assertEquals(2L, (long) notDue.getAs("chua_den_han"), "CB-C and DB-D (its 10/01/2025 reports are after the as-of date); CB-A sent early");
        assertNull(notDue.getAs("ty_le_nop"));
    }

    @Test
    void taskStatusesGroupsAndDeadlines() {
        Dataset<Row> t = late.tasks().where("ma_ke_hoach = '12-KH/ĐU' and ky_bao_cao = '2024-H1'");
        Row aNv1 = one(t, "ma_don_vi = 'CB-A' and ma_muc = 'NV1'");
        assertEquals("dang_thuc_hien", aNv1.getAs("trang_thai"));
        assertTrue((boolean) aNv1.getAs("hoan_thanh_ky"), "NV1 is ongoing: in progress counts as done for the period");
        assertEquals("hoan_thanh", one(t, "ma_don_vi = 'CB-B' and ma_muc = 'NV1'").getAs("trang_thai"), "latest submission wins");
        assertEquals("khong_bao_cao", one(t, "ma_don_vi = 'CB-C' and ma_muc = 'NV1'").getAs("trang_thai"));
        Row nv2 = one(t, "ma_don_vi = 'CB-A' and ma_muc = 'NV2'");
        assertEquals(Date.valueOf("2024-04-28"), nv2.getAs("ngay_hoan_thanh"));
        assertEquals("tre_han", nv2.getAs("tien_do_han"), "done 28/04, deadline 31/03");
        assertEquals(0, t.where("ma_muc = 'NV2' and ma_don_vi <> 'CB-A'").count(), "only the lead unit reports NV2");
        assertEquals("hoan_thanh", one(t, "ma_don_vi = 'CB-A' and ma_muc = 'II'").getAs("trang_thai"));
        assertEquals("khong_bao_cao", one(t, "ma_don_vi = 'CB-C' and ma_muc = 'II'").getAs("trang_thai"));
        assertEquals("chua_thuc_hien", one(t, "ma_don_vi = 'DB-D' and ma_muc = 'II'").getAs("trang_thai"));
        Row sum = one(late.taskSummary(), "ky_bao_cao = '2024-H1' and ma_don_vi = 'DU' and ma_muc = 'NV1' and pham_vi = 'cay'");
        assertEquals(4L, (long) sum.getAs("so_bao_cao"));
        assertEquals(2L, (long) sum.getAs("hoan_thanh_ky"));
        assertEquals(1L, (long) sum.getAs("khong_bao_cao"));
        assertEquals(0.5, (double) sum.getAs("ty_le_hoan_thanh"), 1e-9);
    }

    @Test
    void yearsDerivedFromTheHalvesWhereTheCalendarHasNoYear() {
        Dataset<Row> i = late.indicators().where("ma_ke_hoach = '14-KH/ĐU' and ky_bao_cao = '2024'");
        Row a = i.where("ma_don_vi = 'CB-A' and ma_chi_tieu = 'HTKK'").first();
        assertEquals(5.0, (double) a.getAs("gia_tri"), 1e-9, "sum over time: 2 + 3");
        assertEquals(9.0, (double) i.where("ma_don_vi = 'CB-A' and ma_chi_tieu = 'DIEM'").first().getAs("gia_tri"), 1e-9, "last: H2");
        assertEquals(100.0, (double) i.where("ma_don_vi = 'CB-A' and ma_chi_tieu = 'XTL'").first().getAs("gia_tri"), 1e-9, "10 of 10 in H2");
        assertNull(i.where("ma_don_vi = 'CB-C' and ma_chi_tieu = 'HTKK'").first().getAs("gia_tri"), "CB-C has no H2: no year value");
        Row du = i.where("ma_don_vi = 'DU' and ma_chi_tieu = 'HTKK'").first();
        assertEquals(5.0, (double) du.getAs("gia_tri_tong_hop"), 1e-9);
        assertEquals(1L, (long) du.getAs("so_don_vi_co_so_lieu"));
        assertEquals(2L, (long) du.getAs("so_don_vi_ky_vong"), "CB-A and CB-C on H2's cut-off; CB-B merged");
        assertEquals(4.0, (double) du.getAs("chi_tieu"), 1e-9, "2 per chi bộ cơ sở");
        assertEquals(1.25, (double) du.getAs("ty_le_dat"), 1e-9);
        Row h2 = late.indicators().where("ma_ke_hoach = '14-KH/ĐU' and ky_bao_cao = '2024-H2' and ma_don_vi = 'DU' and ma_chi_tieu = 'HTKK'").first();
        assertEquals(0.0, (double) h2.getAs("chenh_lech_ky_truoc"), 1e-9, "H2 3 against H1 2 + 1: both halves are in the calendar");
        assertEquals(0, late.reporting().where("ma_ke_hoach = '14-KH/ĐU' and ky_bao_cao = '2024'").count(), "nobody reports a derived year");
    }

    @Test
    void indicatorRollUpsTargetsAndChanges() {
        Dataset<Row> i = late.indicators().where("ky_bao_cao = '2024-H1'");
        Row mh = one(i, "ma_don_vi = 'DU' and ma_chi_tieu = 'MH-DK'");
        assertEquals(6.0, (double) mh.getAs("gia_tri_tong_hop"), 1e-9, "2 + 1 (latest of CB-B) + 0 + 3 (DB-D-1 has data, though not expected)");
        assertEquals(4L, (long) mh.getAs("so_don_vi_co_so_lieu"));
        assertEquals(4L, (long) mh.getAs("so_don_vi_ky_vong"));
        assertNull(mh.getAs("chi_tieu"), "annual count targets are not split onto halves");
        assertNull(mh.getAs("gia_tri"), "DU has no own value");
        assertEquals(3.0, (double) one(i, "ma_don_vi = 'DB-D' and ma_chi_tieu = 'MH-DK'").getAs("gia_tri_tong_hop"), 1e-9);
        Row avg = one(i, "ma_don_vi = 'DU' and ma_chi_tieu = 'HAI-LONG'");
        assertEquals((8 + 9 + 6) / 3.0, (double) avg.getAs("gia_tri_tong_hop"), 1e-9, "average over units with data");
        Row share = one(i, "ma_don_vi = 'DU' and ma_chi_tieu = 'ATGT-TL'");
        assertEquals(93.0, (double) share.getAs("gia_tri_tong_hop"), 1e-9, "(38 + 10 + 45) / (40 + 10 + 50)");
        assertEquals(100.0, (double) share.getAs("chi_tieu"), 1e-9);
        assertEquals(0.93, (double) share.getAs("ty_le_dat"), 1e-9);
        assertEquals(3L, (long) share.getAs("so_don_vi_ap_dung"), "chi bộ cơ sở expected: CB-A, CB-B, CB-C");
        assertEquals(1L, (long) share.getAs("so_don_vi_dat"), "only CB-B registered 100%");
        assertEquals(95.0, (double) one(i, "ma_don_vi = 'CB-A' and ma_chi_tieu = 'ATGT-TL'").getAs("gia_tri"), 1e-9);
        assertNull(one(i, "ma_don_vi = 'CB-C' and ma_chi_tieu = 'MH-DK'").getAs("gia_tri_tong_hop"), "no data is never 0");

        Row year = one(late.indicators(), "ky_bao_cao = '2024' and ma_don_vi = 'DU' and ma_chi_tieu = 'MH-DK'");
        assertEquals(5.0, (double) year.getAs("gia_tri_tong_hop"), 1e-9, "CB-A 4 + DB-D 1 (s9, not s8)");
        assertEquals(2.0, (double) year.getAs("chi_tieu"), 1e-9, "1 per chi bộ cơ sở expected at 31/12: CB-A, CB-C");
        assertEquals(2.5, (double) year.getAs("ty_le_dat"), 1e-9);
        assertEquals(1L, (long) year.getAs("so_don_vi_dat"));

        Row change = one(late.indicators(), "ky_bao_cao = '2025-H1' and ma_don_vi = 'DU' and ma_chi_tieu = 'MH-DK'");
        assertEquals(-3.0, (double) change.getAs("chenh_lech_cung_ky"), 1e-9, "3 against 6 in 2024-H1");
        assertEquals(-0.5, (double) change.getAs("ty_le_tang_cung_ky"), 1e-9);
        assertNull(change.getAs("chenh_lech_ky_truoc"), "the calendar has no H2: no previous half");
    }
}

package vn.tonghop.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.tonghop.ingest.FileRecord;
import vn.tonghop.ingest.Lineage;
import vn.tonghop.ingest.ParsedRow;
import vn.tonghop.ingest.RawRow;
import vn.tonghop.ingest.Reason;
import vn.tonghop.ingest.Rejection;
import vn.tonghop.ingest.ReportRow;
import vn.tonghop.ingest.SubmissionRecord;

/**
 * The stored tables and their column names (documented in README). Accepted and quarantined
 * rows share one schema; the reason columns are empty for accepted rows.
 */
public final class StoreSchemas {
    public static final String PLAN_PARTITION = "ke_hoach";
    public static final String YEAR_PARTITION = "nam";
    /** Partition of quarantined rows whose plan or period could not be read. */
    static final String UNKNOWN_PLAN = "khong-xac-dinh";

    public static final TableSchema ROWS = lineage(TableSchema.builder("dong_bao_cao"))
            .column("ma_lan_nop", ColumnType.STRING)
            .column("so_dong", ColumnType.INT)
            .column("ma_don_vi_goc", ColumnType.STRING)
            .column("ma_ke_hoach_goc", ColumnType.STRING)
            .column("ky_bao_cao_goc", ColumnType.STRING)
            .column("ngay_nop_goc", ColumnType.STRING)
            .column("ma_muc_goc", ColumnType.STRING)
            .column("gia_tri_goc", ColumnType.STRING)
            .column("ghi_chu", ColumnType.STRING)
            .column("loi_cau_truc_dong", ColumnType.STRING)
            .column("ma_don_vi", ColumnType.STRING)
            .column("ma_ke_hoach", ColumnType.STRING)
            .column("ky_bao_cao", ColumnType.STRING)
            .column("ngay_nop", ColumnType.DATE)
            .column("ma_muc", ColumnType.STRING)
            .column("loai_muc", ColumnType.STRING)
            .column("trang_thai", ColumnType.STRING)
            .column("phan_tram", ColumnType.DOUBLE)
            .column("gia_tri", ColumnType.DOUBLE)
            .column("ma_ly_do", ColumnType.STRING)
            .column("truong_loi", ColumnType.STRING)
            .column("thong_diep", ColumnType.STRING)
            .partition(PLAN_PARTITION, ColumnType.STRING)
            .partition(YEAR_PARTITION, ColumnType.INT)
            .build();

    public static final TableSchema FILES = lineage(TableSchema.builder("tep_nhan"))
            .column("kich_thuoc", ColumnType.LONG)
            .column("thoi_gian_sua", ColumnType.LONG)
            .column("dinh_dang", ColumnType.STRING)
            .column("cach_doc", ColumnType.STRING)
            .column("so_dong_doc", ColumnType.INT)
            .column("so_dong_nhan", ColumnType.INT)
            .column("so_dong_cach_ly", ColumnType.INT)
            .column("trang_thai", ColumnType.STRING)
            .column("ma_ly_do", ColumnType.STRING)
            .column("thong_diep", ColumnType.STRING)
            .build();

    public static final TableSchema SUBMISSIONS = lineage(TableSchema.builder("lan_nop"))
            .column("ma_lan_nop", ColumnType.STRING)
            .column("ma_don_vi", ColumnType.STRING)
            .column("ma_ke_hoach", ColumnType.STRING)
            .column("ke_hoach", ColumnType.STRING)
            .column("nam", ColumnType.INT)
            .column("ky_bao_cao", ColumnType.STRING)
            .column("ngay_nop", ColumnType.DATE)
            .column("so_dong_nhan", ColumnType.INT)
            .column("so_dong_cach_ly", ColumnType.INT)
            .build();

    private StoreSchemas() {
    }

    private static TableSchema.Builder lineage(TableSchema.Builder builder) {
        return builder.column("tep_nguon", ColumnType.STRING)
                .column("ma_bam_tep", ColumnType.STRING)
                .column("lo_nap", ColumnType.STRING)
                .column("thu_tu_nap", ColumnType.LONG)
                .column("thoi_gian_nap", ColumnType.TIMESTAMP);
    }

    private static Map<String, Object> lineageValues(Lineage l) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("tep_nguon", l.sourceFile());
        v.put("ma_bam_tep", l.fileHash());
        v.put("lo_nap", l.batchId());
        v.put("thu_tu_nap", l.ingestSeq());
        v.put("thoi_gian_nap", l.ingestedAt());
        return v;
    }

    static Map<String, Object> values(ReportRow row) {
        Map<String, Object> v = lineageValues(row.lineage());
        RawRow raw = row.raw();
        ParsedRow p = row.parsed();
        v.put("ma_lan_nop", row.submissionId());
        v.put("so_dong", raw.rowNumber());
        v.put("ma_don_vi_goc", raw.unit());
        v.put("ma_ke_hoach_goc", raw.plan());
        v.put("ky_bao_cao_goc", raw.period());
        v.put("ngay_nop_goc", raw.submitted());
        v.put("ma_muc_goc", raw.item());
        v.put("gia_tri_goc", raw.value());
        v.put("ghi_chu", raw.note());
        v.put("loi_cau_truc_dong", raw.shapeProblem());
        v.put("ma_don_vi", p.unit());
        v.put("ma_ke_hoach", p.planCode());
        v.put("ky_bao_cao", p.period());
        v.put("ngay_nop", p.submitted());
        v.put("ma_muc", p.item());
        v.put("loai_muc", p.itemKind());
        v.put("trang_thai", p.taskStatus());
        v.put("phan_tram", p.percent());
        v.put("gia_tri", p.value());
        Rejection r = row.rejection();
        v.put("ma_ly_do", r == null ? null : r.reason().name());
        v.put("truong_loi", r == null ? null : r.field());
        v.put("thong_diep", r == null ? null : r.message());
        return v;
    }

    /** The raw part and lineage of a stored row, enough to check it again. */
    static ReportRow reportRow(Map<String, Object> v) {
        Lineage lineage = new Lineage((String) v.get("tep_nguon"), (String) v.get("ma_bam_tep"), (String) v.get("lo_nap"),
                (Long) v.get("thu_tu_nap"), (Instant) v.get("thoi_gian_nap"));
        RawRow raw = new RawRow((Integer) v.get("so_dong"), s(v, "ma_don_vi_goc"), s(v, "ma_ke_hoach_goc"), s(v, "ky_bao_cao_goc"),
                s(v, "ngay_nop_goc"), s(v, "ma_muc_goc"), s(v, "gia_tri_goc"), s(v, "ghi_chu"), (String) v.get("loi_cau_truc_dong"));
        ParsedRow parsed = new ParsedRow((String) v.get("ma_don_vi"), (String) v.get("ma_ke_hoach"), null, null,
                (String) v.get("ky_bao_cao"), (LocalDate) v.get("ngay_nop"), (String) v.get("ma_muc"), (String) v.get("loai_muc"),
                (String) v.get("trang_thai"), (Double) v.get("phan_tram"), (Double) v.get("gia_tri"));
        String reason = (String) v.get("ma_ly_do");
        Rejection rejection = reason == null ? null
                : new Rejection(Reason.valueOf(reason), (String) v.get("truong_loi"), (String) v.get("thong_diep"));
        return new ReportRow(lineage, raw, parsed, (String) v.get("ma_lan_nop"), rejection);
    }

    static Map<String, Object> values(FileRecord f) {
        Map<String, Object> v = lineageValues(f.lineage());
        v.put("kich_thuoc", f.size());
        v.put("thoi_gian_sua", f.modifiedMillis());
        v.put("dinh_dang", f.format());
        v.put("cach_doc", f.readNote());
        v.put("so_dong_doc", f.rowsRead());
        v.put("so_dong_nhan", f.rowsAccepted());
        v.put("so_dong_cach_ly", f.rowsQuarantined());
        v.put("trang_thai", f.status());
        v.put("ma_ly_do", f.rejection() == null ? null : f.rejection().reason().name());
        v.put("thong_diep", f.rejection() == null ? null : f.rejection().message());
        return v;
    }

    static Map<String, Object> values(SubmissionRecord s) {
        Map<String, Object> v = lineageValues(s.lineage());
        v.put("ma_lan_nop", s.submissionId());
        v.put("ma_don_vi", s.unit());
        v.put("ma_ke_hoach", s.planCode());
        v.put("ke_hoach", s.planSlug());
        v.put("nam", s.year());
        v.put("ky_bao_cao", s.period());
        v.put("ngay_nop", s.submitted());
        v.put("so_dong_nhan", s.rowsAccepted());
        v.put("so_dong_cach_ly", s.rowsQuarantined());
        return v;
    }

    /** Folder of a row's partition: its plan slug and year, or the unknown partition. */
    static String partitionOf(ReportRow row) {
        ParsedRow p = row.parsed();
        boolean known = p.planSlug() != null && p.year() != null;
        return PLAN_PARTITION + "=" + (known ? p.planSlug() : UNKNOWN_PLAN) + "/" + YEAR_PARTITION + "=" + (known ? p.year() : 0);
    }

    private static String s(Map<String, Object> v, String key) {
        Object o = v.get(key);
        return o == null ? "" : (String) o;
    }
}

package vn.tonghop.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.DateText;
import vn.tonghop.catalog.Indicator;
import vn.tonghop.catalog.Period;
import vn.tonghop.catalog.Plan;
import vn.tonghop.catalog.Task;
import vn.tonghop.catalog.UnitVersion;
import vn.tonghop.vi.ViFormat;

/**
 * Checks one row against the catalog and the as-of date. The first failing check quarantines the
 * row with a message naming file, row, field and what was expected; the others are not tried.
 */
final class RowValidator {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final int MAX_CELL_CHARS = 32_767;
    private final Catalog catalog;
    private final LocalDate asOf;

    RowValidator(Catalog catalog, LocalDate asOf) {
        this.catalog = catalog;
        this.asOf = asOf;
    }

    /** Failure of one check: carries the partly parsed row along. */
    private static final class Stop extends Exception {
        final Rejection rejection;

        Stop(Reason reason, String field, String message) {
            super(message, null, false, false);
            this.rejection = new Rejection(reason, field, message);
        }
    }

    ReportRow check(Lineage lineage, RawRow raw) {
        ParsedRow[] parsed = {ParsedRow.empty()};
        try {
            return new ReportRow(lineage, raw, checkAll(lineage.sourceFile(), raw, parsed), null, null);
        } catch (Stop stop) {
            return new ReportRow(lineage, raw, parsed[0], null, stop.rejection);
        }
    }

    private ParsedRow checkAll(String file, RawRow raw, ParsedRow[] out) throws Stop {
        Where at = new Where(file, raw.rowNumber());
        if (raw.shapeProblem() != null) {
            throw at.stop(Reason.SO_COT_KHONG_KHOP, "(dòng)", raw.shapeProblem());
        }
        requireFits(at, raw);
        requireText(at, "ma_don_vi", raw.unit());
        requireText(at, "ma_ke_hoach", raw.plan());
        requireText(at, "ky_bao_cao", raw.period());
        requireText(at, "ngay_nop", raw.submitted());
        requireText(at, "ma_muc", raw.item());
        requireText(at, "gia_tri", raw.value());
        Period period = Period.parse(raw.period()).orElseThrow(() -> at.stop(Reason.KY_KHONG_HOP_LE, "ky_bao_cao",
                "'" + raw.period() + "' không đúng dạng kỳ báo cáo; cần 2024 (năm), 2024-H1, 2024-H2 (6 tháng), 2024-Q1..2024-Q4 (quý) hoặc 2024-05 (tháng)"));
        LocalDate submitted = DateText.parse(raw.submitted()).orElseThrow(() -> at.stop(Reason.NGAY_NOP_KHONG_HOP_LE, "ngay_nop",
                "'" + raw.submitted() + "' không phải ngày; cần dd/MM/yyyy (ví dụ 28/04/2024) hoặc yyyy-MM-dd"));
        out[0] = out[0].withSubmitted(submitted);
        Plan plan = catalog.plan(raw.plan()).orElseThrow(() -> at.stop(Reason.KE_HOACH_KHONG_TON_TAI, "ma_ke_hoach",
                "không có kế hoạch số hiệu '" + raw.plan() + "' trong danh mục (có: "
                        + catalog.plans().stream().map(Plan::code).collect(Collectors.joining(", ")) + ")"));
        out[0] = out[0].withPlan(plan.code(), plan.slug(), period.year(), period.code());
        if (!catalog.periodInPlan(plan, period)) {
            throw at.stop(Reason.KY_NGOAI_LICH, "ky_bao_cao", "kỳ " + period.code() + " không có trong lịch báo cáo của kế hoạch "
                    + plan.code() + " (các loại kỳ: " + plan.calendar().entries().stream().map(e -> e.type().vietnamese())
                    .collect(Collectors.joining(", ")) + "; hiệu lực từ " + ViFormat.date(plan.validFrom())
                    + (plan.validTo() == null ? "" : " đến trước " + ViFormat.date(plan.validTo())) + ")");
        }
        String unit = catalog.units().canonicalCode(raw.unit()).orElseThrow(() -> at.stop(Reason.DON_VI_KHONG_TON_TAI, "ma_don_vi",
                "không có đơn vị mã '" + raw.unit() + "' trong danh mục đơn vị"));
        out[0] = out[0].withUnit(unit);
        LocalDate cutOff = catalog.cutOff(plan, period);
        if (!catalog.units().isValid(unit, cutOff)) {
            throw at.stop(Reason.DON_VI_HET_HIEU_LUC, "ma_don_vi", notValidMessage(unit, period, cutOff));
        }
        out[0] = checkItem(at, raw, plan, period, out[0]);
        if (submitted.isAfter(asOf)) {
            throw at.stop(Reason.NGAY_NOP_SAU_NGAY_CHOT, "ngay_nop", "ngày nộp " + ViFormat.date(submitted)
                    + " sau ngày chốt số liệu " + ViFormat.date(asOf) + " của lần chạy này");
        }
        return out[0];
    }

    private ParsedRow checkItem(Where at, RawRow raw, Plan plan, Period period, ParsedRow row) throws Stop {
        Optional<Task> task = catalog.task(plan, raw.item());
        if (task.isPresent()) {
            Task t = task.get();
            if (!t.isLeaf()) {
                throw at.stop(Reason.MUC_KHONG_THUOC_KE_HOACH, "ma_muc", "'" + raw.item() + "' là nhóm nhiệm vụ; hãy báo cáo các nhiệm vụ con: "
                        + t.flatten().filter(Task::isLeaf).map(Task::code).collect(Collectors.joining(", ")));
            }
            return taskValue(at, raw, row.withItem(t.code(), ParsedRow.TASK));
        }
        Indicator indicator = catalog.indicator(raw.item()).orElseThrow(() -> at.stop(Reason.MUC_KHONG_TON_TAI, "ma_muc",
                "không có nhiệm vụ hay chỉ tiêu mã '" + raw.item() + "' trong kế hoạch " + plan.code()));
        if (indicator.isComputed()) {
            throw at.stop(Reason.MUC_TINH_TOAN, "ma_muc", "chỉ tiêu " + indicator.code() + " là tỷ lệ do hệ thống tính từ "
                    + indicator.numerator() + " và " + indicator.denominator() + "; hãy báo cáo hai mục đó thay vì tỷ lệ");
        }
        if (!plan.carries(indicator.code(), period.year())) {
            String carrier = catalog.planCarrying(indicator.code(), period.year())
                    .map(p -> "; năm " + period.year() + " chỉ tiêu này thuộc kế hoạch " + p.code()).orElse("");
            throw at.stop(Reason.MUC_KHONG_THUOC_KE_HOACH, "ma_muc", "chỉ tiêu " + indicator.code()
                    + " không được kế hoạch " + plan.code() + " theo dõi năm " + period.year() + carrier);
        }
        return indicatorValue(at, raw, indicator, row.withItem(indicator.code(), ParsedRow.INDICATOR));
    }

    private static ParsedRow taskValue(Where at, RawRow raw, ParsedRow row) throws Stop {
        TaskStatus.Parsed status = TaskStatus.parse(raw.value()).orElseThrow(() -> at.stop(Reason.TRANG_THAI_KHONG_HOP_LE, "gia_tri",
                "'" + raw.value() + "' không phải trạng thái nhiệm vụ; cần 'hoàn thành', 'đang thực hiện' (có thể kèm %, ví dụ 'đang thực hiện 60%') hoặc 'chưa thực hiện'"));
        BigDecimal pct = status.percent();
        if (pct != null && pct.compareTo(HUNDRED) > 0) {
            throw at.stop(Reason.PHAN_TRAM_VUOT_100, "gia_tri", "tỷ lệ hoàn thành " + pct.toPlainString() + "% vượt quá 100%");
        }
        if (pct != null && TaskStatus.DONE.equals(status.status()) && pct.compareTo(HUNDRED) != 0) {
            throw at.stop(Reason.TRANG_THAI_KHONG_HOP_LE, "gia_tri", "'" + raw.value() + "' mâu thuẫn: đã hoàn thành nhưng chỉ đạt " + pct.toPlainString() + "%");
        }
        return row.withValues(status.status(), pct == null ? null : pct.doubleValue(), null);
    }

    private static ParsedRow indicatorValue(Where at, RawRow raw, Indicator indicator, ParsedRow row) throws Stop {
        VietNumber.Parsed number = VietNumber.parse(raw.value()).orElseThrow(() -> at.stop(Reason.SO_KHONG_HOP_LE, "gia_tri",
                "'" + raw.value() + "' không phải số viết theo kiểu Việt Nam: dấu chấm ngăn cách hàng nghìn (1.234), dấu phẩy trước phần thập phân (12,5)"));
        BigDecimal v = number.value();
        if (v.signum() < 0) {
            throw at.stop(Reason.SO_AM, "gia_tri", "chỉ tiêu " + indicator.code() + " không nhận số âm (" + raw.value() + ")");
        }
        boolean isPercent = indicator.valueType() == Indicator.ValueType.PERCENT;
        if (number.percent() && !isPercent) {
            throw at.stop(Reason.SO_KHONG_HOP_LE, "gia_tri", "chỉ tiêu " + indicator.code() + " tính bằng "
                    + indicator.unitOfMeasure() + ", không nhận giá trị phần trăm '" + raw.value() + "'");
        }
        if (indicator.valueType() == Indicator.ValueType.INTEGER && v.stripTrailingZeros().scale() > 0) {
            throw at.stop(Reason.SO_KHONG_HOP_LE, "gia_tri", "chỉ tiêu " + indicator.code() + " cần số nguyên ("
                    + indicator.unitOfMeasure() + "), gặp '" + raw.value() + "'");
        }
        if (isPercent && v.compareTo(HUNDRED) > 0) {
            throw at.stop(Reason.PHAN_TRAM_VUOT_100, "gia_tri", "tỷ lệ " + raw.value() + " vượt quá 100%");
        }
        return row.withValues(null, null, v.doubleValue());
    }

    private String notValidMessage(String unit, Period period, LocalDate cutOff) {
        String base = "đơn vị " + unit + " không còn hiệu lực vào ngày chốt " + ViFormat.date(cutOff) + " của kỳ " + period.code();
        Optional<UnitVersion> ended = catalog.units().versions(unit).stream()
                .filter(v -> v.to() != null && !v.to().isAfter(cutOff)).reduce((a, b) -> b);
        if (ended.isPresent() && ended.get().successor() != null) {
            String successor = ended.get().successor();
            String name = catalog.units().latest(successor).map(UnitVersion::name).orElse(successor);
            return base + " (đã sáp nhập vào " + successor + " - " + name + " từ " + ViFormat.date(ended.get().to())
                    + "); báo cáo kỳ này do đơn vị kế thừa " + successor + " gửi";
        }
        if (ended.isPresent()) {
            return base + " (đã giải thể hoặc ngừng hoạt động từ " + ViFormat.date(ended.get().to()) + ")";
        }
        return base + " (đơn vị bắt đầu hoạt động từ "
                + ViFormat.date(catalog.units().versions(unit).get(0).from()) + ")";
    }

    /**
     * A cell holds at most 32,767 characters in Excel, so a longer field was not typed into one (often a
     * quote left open swallowed the lines below) and could not be exported to .xlsx either.
     */
    private static void requireFits(Where at, RawRow raw) throws Stop {
        String[][] fields = {{"ma_don_vi", raw.unit()}, {"ma_ke_hoach", raw.plan()}, {"ky_bao_cao", raw.period()},
            {"ngay_nop", raw.submitted()}, {"ma_muc", raw.item()}, {"gia_tri", raw.value()}, {"ghi_chu", raw.note()}};
        for (String[] field : fields) {
            if (field[1] != null && field[1].length() > MAX_CELL_CHARS) {
                throw at.stop(Reason.NOI_DUNG_QUA_DAI, field[0], "nội dung dài " + ViFormat.integer(field[1].length())
                        + " ký tự, vượt giới hạn " + ViFormat.integer(MAX_CELL_CHARS)
                        + " ký tự của một ô Excel; hãy rút gọn (nội dung chi tiết gửi kèm văn bản riêng)");
            }
        }
    }

    private static void requireText(Where at, String field, String value) throws Stop {
        if (value == null || value.isBlank()) {
            throw at.stop(Reason.THIEU_GIA_TRI, field, "thiếu giá trị bắt buộc");
        }
    }

    /** Formats messages as "file, dòng N, cột F: what". */
    private record Where(String file, int row) {
        Stop stop(Reason reason, String field, String what) {
            return new Stop(reason, field, file + ", dòng " + row + ", cột " + field + ": " + what);
        }
    }
}

package vn.tonghop.vi;

import java.time.LocalDate;
import java.util.List;

/**
 * Sentences of the compiled report document ("Báo cáo tổng hợp"), built from the numbers only, so the
 * site can say the same things in the same words: the dateline, lists of units, task status across
 * units, deliverables and an indicator's result with its target and changes.
 */
public final class ReportSentences {
    private ReportSentences() {
    }

    /**
     * The dateline of an administrative document: "Thành phố Hồ Chí Minh, ngày 20 tháng 6 năm 2025".
     * Days below 10 and the months January and February take a leading zero, as Decree 30/2020/NĐ-CP
     * and the Party's format guide write them ("ngày 05 tháng 01 năm 2025").
     */
    public static String placeAndDate(String place, LocalDate date) {
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : Integer.toString(date.getDayOfMonth());
        String month = date.getMonthValue() < 3 ? "0" + date.getMonthValue() : Integer.toString(date.getMonthValue());
        String prefix = place == null || place.isBlank() ? "" : place.strip() + ", ";
        return prefix + "ngày " + day + " tháng " + month + " năm " + date.getYear();
    }

    /** "A", "A và B", "A, B và C"; empty for none. */
    /**
     * At most {@code max} names, then one item counting the rest: list() of it reads "A, B và 1.234
     * đơn vị khác". A national report names thousands of units where an office names a few dozen.
     */
    public static List<String> atMost(List<String> names, int max) {
        if (names.size() <= max) {
            return names;
        }
        List<String> out = new java.util.ArrayList<>(names.subList(0, max));
        out.add(ViFormat.integer(names.size() - max) + " đơn vị khác");
        return out;
    }

    public static String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " và " + items.get(items.size() - 1);
    }

    /**
     * How a task stands across the units that report it: "18 đơn vị báo cáo: 12 hoàn thành, 4 đang thực
     * hiện, 1 chưa thực hiện, 1 không báo cáo; tỷ lệ hoàn thành trong kỳ 66,7%." Zero counts are left out.
     */
    public static String taskStatus(long reports, long done, long inProgress, long notStarted, long notReported, long doneForPeriod) {
        if (reports == 0) {
            return "Không có đơn vị nào phải báo cáo nhiệm vụ này trong kỳ.";
        }
        StringBuilder s = new StringBuilder(ViFormat.integer(reports)).append(" đơn vị phải báo cáo: ");
        List<String> parts = new java.util.ArrayList<>();
        addCount(parts, done, "hoàn thành");
        addCount(parts, inProgress, "đang thực hiện");
        addCount(parts, notStarted, "chưa thực hiện");
        addCount(parts, notReported, "không báo cáo");
        s.append(String.join(", ", parts));
        return s.append("; tỷ lệ hoàn thành trong kỳ ").append(ViFormat.percent((double) doneForPeriod / reports)).append('.').toString();
    }

    /**
     * A deliverable's progress: "Hạn hoàn thành 31/03/2024: 9 đơn vị hoàn thành đúng hạn, 3 hoàn thành trễ
     * hạn, 2 quá hạn chưa hoàn thành (A và B)." {@code deadlineNote} follows the date, e.g. " (giả định)".
     */
    public static String deliverable(LocalDate deadline, String deadlineNote, long onTime, long late, long overdue, long notDue,
                                     List<String> overdueUnits) {
        List<String> parts = new java.util.ArrayList<>();
        addCount(parts, onTime, "đơn vị hoàn thành đúng hạn");
        addCount(parts, late, "đơn vị hoàn thành trễ hạn");
        if (overdue > 0) {
            parts.add(ViFormat.integer(overdue) + " đơn vị quá hạn chưa hoàn thành"
                    + (overdueUnits.isEmpty() ? "" : " (" + list(overdueUnits) + ")"));
        }
        addCount(parts, notDue, "đơn vị chưa đến hạn");
        return "Hạn hoàn thành " + ViFormat.date(deadline) + (deadlineNote == null ? "" : deadlineNote) + ": "
                + (parts.isEmpty() ? "chưa có đơn vị nào báo cáo" : String.join(", ", parts)) + ".";
    }

    /** A figure with its unit of measure: "42 mô hình", "98,7%"; "—" stays bare. */
    public static String withUnit(String figure, String unit) {
        if (figure.equals("—") || unit == null || unit.isBlank()) {
            return figure;
        }
        return unit.equals("%") ? figure + "%" : figure + " " + unit;
    }

    /**
     * A change on a base period: "tăng 5 mô hình so với 6 tháng cuối năm 2023", "giảm 1,2 điểm phần trăm so
     * với năm 2023", "bằng năm 2023"; null when there is no change to state (no base).
     */
    public static String change(Double change, String unit, int decimals, String basePhrase) {
        if (change == null || basePhrase == null) {
            return null;
        }
        String amount = ViFormat.number(Math.abs(change), decimals)
                + ("%".equals(unit) ? " điểm phần trăm" : unit == null || unit.isBlank() ? "" : " " + unit);
        if (ViFormat.number(Math.abs(change), decimals).equals("0")) {
            return "bằng " + basePhrase;
        }
        return (change > 0 ? "tăng " : "giảm ") + amount + " so với " + basePhrase;
    }

    /**
     * An indicator's result as a sentence: "Số mô hình ... đăng ký: 42 mô hình, đạt 85,0% chỉ tiêu (50 mô
     * hình); 12/19 đơn vị đạt mức chỉ tiêu; tăng 5 mô hình so với ...; giảm 2 mô hình so với ...". Null parts
     * are left out; {@code value} null: no unit reported a figure.
     */
    public static String indicatorResult(String name, Double value, String unit, int decimals, Double target, Double reached,
                                         String unitsMeeting, String changeOnPrevious, String changeOnLastYear) {
        StringBuilder s = new StringBuilder(name).append(": ");
        if (value == null) {
            return s.append("chưa có đơn vị nào báo cáo số liệu.").toString();
        }
        s.append(withUnit(ViFormat.number(value, decimals), unit));
        if (target != null) {
            s.append(", đạt ").append(ViFormat.percent(reached)).append(" chỉ tiêu (")
                    .append(withUnit(ViFormat.number(target, decimals), unit)).append(')');
        }
        for (String part : new String[] {unitsMeeting, changeOnPrevious, changeOnLastYear}) {
            if (part != null) {
                s.append("; ").append(part);
            }
        }
        return s.append('.').toString();
    }

    /** Units meeting a per-unit target: "10/19 đơn vị đạt mức chỉ tiêu đề ra cho mỗi đơn vị". */
    public static String unitsMeeting(long meeting, long applies) {
        return ViFormat.integer(meeting) + "/" + ViFormat.integer(applies) + " đơn vị đạt mức chỉ tiêu đề ra cho mỗi đơn vị";
    }

    private static void addCount(List<String> parts, long count, String what) {
        if (count > 0) {
            parts.add(ViFormat.integer(count) + " " + what);
        }
    }
}

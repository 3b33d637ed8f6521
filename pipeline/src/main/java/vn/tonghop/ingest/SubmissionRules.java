package vn.tonghop.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.tonghop.common.Hashing;
import vn.tonghop.vi.Fold;
import vn.tonghop.vi.ViFormat;

/**
 * Rules over the rows of one file that belong to one report (unit, plan, period): all rows carry
 * the same submission date; an item appears once (an exact repeat is dropped, differing values
 * quarantine every copy). Also names each submission.
 */
final class SubmissionRules {
    private SubmissionRules() {
    }

    static String submissionId(String fileHash, String reportKey) {
        return Hashing.sha256(fileHash + "|" + reportKey).substring(0, 16);
    }

    /** Applies the rules; returns the rows in file order, each tagged with its submission. */
    static List<ReportRow> apply(List<ReportRow> rows) {
        Map<String, List<Integer>> byReport = new LinkedHashMap<>();
        List<ReportRow> out = new ArrayList<>(rows);
        for (int i = 0; i < out.size(); i++) {
            String key = out.get(i).parsed().reportKey();
            if (key != null) {
                out.set(i, out.get(i).inSubmission(submissionId(out.get(i).lineage().fileHash(), key)));
                if (out.get(i).accepted()) {
                    byReport.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                }
            }
        }
        for (List<Integer> report : byReport.values()) {
            if (!sameDate(out, report)) {
                continue;
            }
            Map<String, List<Integer>> byItem = report.stream()
                    .collect(Collectors.groupingBy(i -> out.get(i).parsed().item(), LinkedHashMap::new, Collectors.toList()));
            byItem.values().stream().filter(list -> list.size() > 1).forEach(list -> duplicates(out, list));
        }
        return out;
    }

    private static boolean sameDate(List<ReportRow> rows, List<Integer> report) {
        Map<LocalDate, List<Integer>> byDate = new TreeMap<>();
        report.forEach(i -> byDate.computeIfAbsent(rows.get(i).parsed().submitted(), d -> new ArrayList<>())
                .add(rows.get(i).raw().rowNumber()));
        if (byDate.size() <= 1) {
            return true;
        }
        String dates = byDate.entrySet().stream()
                .map(e -> ViFormat.date(e.getKey()) + " (dòng " + e.getValue().stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining("; "));
        for (int i : report) {
            ReportRow r = rows.get(i);
            rows.set(i, r.rejected(new Rejection(Reason.NGAY_NOP_KHONG_DONG_NHAT, "ngay_nop", where(r, "ngay_nop")
                    + "các dòng của cùng một báo cáo (đơn vị " + r.parsed().unit() + ", kế hoạch " + r.parsed().planCode()
                    + ", kỳ " + r.parsed().period() + ") ghi các ngày nộp khác nhau: " + dates
                    + "; mỗi lần nộp chỉ có một ngày nộp")));
        }
        return false;
    }

    private static void duplicates(List<ReportRow> rows, List<Integer> same) {
        ReportRow first = rows.get(same.get(0));
        boolean identical = same.stream().map(rows::get)
                .allMatch(r -> Fold.fold(r.raw().value()).equals(Fold.fold(first.raw().value()))
                        && Objects.equals(r.raw().note(), first.raw().note()));
        String lines = same.stream().map(i -> String.valueOf(rows.get(i).raw().rowNumber())).collect(Collectors.joining(", "));
        for (int k = 0; k < same.size(); k++) {
            ReportRow r = rows.get(same.get(k));
            if (identical && k > 0) {
                rows.set(same.get(k), r.rejected(new Rejection(Reason.TRUNG_DONG, "ma_muc", where(r, "ma_muc")
                        + "dòng lặp lại y hệt dòng " + first.raw().rowNumber() + " (mục " + r.parsed().item() + "); đã giữ dòng đầu")));
            } else if (!identical) {
                rows.set(same.get(k), r.rejected(new Rejection(Reason.TRUNG_MUC_KHAC_GIA_TRI, "gia_tri", where(r, "gia_tri")
                        + "mục " + r.parsed().item() + " xuất hiện ở các dòng " + lines
                        + " với giá trị khác nhau; không biết giá trị nào đúng nên không nhận dòng nào")));
            }
        }
    }

    private static String where(ReportRow r, String field) {
        return r.lineage().sourceFile() + ", dòng " + r.raw().rowNumber() + ", cột " + field + ": ";
    }
}

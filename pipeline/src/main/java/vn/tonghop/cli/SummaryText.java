package vn.tonghop.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Map;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.ingest.IngestSummary;
import vn.tonghop.ingest.Reason;
import vn.tonghop.vi.ViFormat;

/** Prints ingest and validation summaries for people: counts that add up, reasons, then the messages. */
final class SummaryText {
    private SummaryText() {
    }

    static void catalog(PrintWriter out, Catalog catalog, Settings settings) {
        out.printf("Danh mục %s: %d kế hoạch, %d đơn vị, %d phong trào, %d chỉ tiêu%n", settings.catalog(),
                catalog.plans().size(), catalog.units().codes().size(), catalog.movements().size(),
                catalog.movements().stream().mapToInt(m -> m.indicators().size()).sum());
        out.printf("Ngày chốt số liệu: %s%s%n", ViFormat.date(settings.asOf()),
                settings.asOfFromConfig() ? " (theo cấu hình)" : " (hôm nay, giờ Việt Nam)");
    }

    static void ingest(PrintWriter out, IngestSummary s, int maxMessages) {
        ingest(out, s, maxMessages, false);
    }

    /** {@code everyRow}: one line per quarantined row (validate), rather than grouped by reason. */
    static void ingest(PrintWriter out, IngestSummary s, int maxMessages, boolean everyRow) {
        out.printf("Tệp: %s tìm thấy, %s đã nạp từ trước (bỏ qua), %s đọc mới, %s bị cách ly cả tệp%n",
                n(s.filesSeen()), n(s.filesAlreadyIngested()), n(s.filesRead()), n(s.filesQuarantined()));
        out.printf("Lần nộp: %s được tính, trong đó %s nộp lại%n", n(s.submissions()), n(s.resubmissions()));
        out.printf("Dòng: %s đọc = %s nhận + %s cách ly%n", n(s.rowsRead()), n(s.rowsAccepted()), n(s.rowsQuarantined()));
        reasons(out, "Dòng cách ly theo lý do", s.quarantinedByReason());
        reasons(out, "Tệp cách ly theo lý do", s.filesByReason());
        problems(out, s.problems(), maxMessages, everyRow);
    }

    static void skipped(PrintWriter out, List<String> skipped) {
        skipped.forEach(line -> out.println("Bỏ qua: " + line));
    }

    private static void reasons(PrintWriter out, String title, Map<Reason, Long> counts) {
        if (counts.isEmpty()) {
            return;
        }
        out.println(title + ":");
        counts.forEach((reason, count) -> out.printf("  %-26s %6s  %s%n", reason.name(), n(count), reason.label()));
    }

    /**
     * Problems grouped by file, then by reason and field: the rows listed once with the first
     * message as the example, so one bad submission does not print the same sentence 20 times.
     */
    private static void problems(PrintWriter out, List<IngestSummary.Problem> problems, int maxGroups, boolean everyRow) {
        if (problems.isEmpty()) {
            return;
        }
        Map<String, Map<String, List<IngestSummary.Problem>>> byFile = new LinkedHashMap<>();
        for (IngestSummary.Problem p : problems) {
            byFile.computeIfAbsent(p.file(), f -> new LinkedHashMap<>())
                    .computeIfAbsent(p.reason() + " " + p.field() + (everyRow ? " " + p.row() : ""), k -> new ArrayList<>()).add(p);
        }
        out.printf("Chi tiết theo tệp (%d tệp):%n", byFile.size());
        int groups = 0;
        for (Map.Entry<String, Map<String, List<IngestSummary.Problem>>> file : byFile.entrySet()) {
            for (List<IngestSummary.Problem> same : file.getValue().values()) {
                if (groups++ == maxGroups) {
                    out.printf("  ... còn nữa; dùng --max-messages để xem thêm%n");
                    return;
                }
                IngestSummary.Problem first = same.get(0);
                String rows = first.row() == 0 ? "cả tệp" : (same.size() == 1 ? "dòng " : same.size() + " dòng: ")
                        + same.stream().map(p -> String.valueOf(p.row())).collect(Collectors.joining(", "));
                out.printf("  - [%s] %s (%s)%n      %s%n", first.reason().name(), file.getKey(), rows, first.message());
            }
        }
    }

    static String n(long value) {
        return ViFormat.integer(value);
    }

    static String seconds(long millis) {
        return ViFormat.number(millis / 1000.0, 1) + " giây";
    }
}

package vn.tonghop.cli;

import java.io.PrintWriter;
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
        out.printf("Tệp: %s tìm thấy, %s đã nạp từ trước (bỏ qua), %s đọc mới, %s bị cách ly cả tệp%n",
                n(s.filesSeen()), n(s.filesAlreadyIngested()), n(s.filesRead()), n(s.filesQuarantined()));
        out.printf("Lần nộp: %s được tính, trong đó %s nộp lại%n", n(s.submissions()), n(s.resubmissions()));
        out.printf("Dòng: %s đọc = %s nhận + %s cách ly%n", n(s.rowsRead()), n(s.rowsAccepted()), n(s.rowsQuarantined()));
        reasons(out, "Dòng cách ly theo lý do", s.quarantinedByReason());
        reasons(out, "Tệp cách ly theo lý do", s.filesByReason());
        messages(out, s.messages(), maxMessages);
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

    private static void messages(PrintWriter out, List<String> messages, int max) {
        if (messages.isEmpty()) {
            return;
        }
        int shown = Math.min(max, messages.size());
        out.printf("Chi tiết (%d/%d):%n", shown, messages.size());
        messages.stream().limit(shown).forEach(m -> out.println("  - " + m));
    }

    static String n(long value) {
        return ViFormat.integer(value);
    }

    static String seconds(long millis) {
        return ViFormat.number(millis / 1000.0, 1) + " giây";
    }
}

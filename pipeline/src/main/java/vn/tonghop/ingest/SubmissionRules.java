package vn.tonghop.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.tonghop.common.Hashing;
import vn.tonghop.vi.Fold;
import vn.tonghop.vi.ViFormat;

/**
 * Rules over the rows of one file that belong to one report (unit, plan, period): all rows carry
 * the same submission date; an item appears once (an exact repeat is dropped, differing values
 * quarantine every copy). Also names each submission.
 *
 * <p>Works in two passes so a file's rows are never all in memory: {@link #observe} keeps small
 * facts per report and item (dates, row numbers, a fingerprint of the first value), then
 * {@link #apply} decides each row as it is read again.
 */
final class SubmissionRules {
    /** Row numbers listed in one message; a file with thousands of repeats names the first ones. */
    private static final int ROWS_LISTED = 20;

    private final Map<String, Report> reports = new HashMap<>();
    private long rowsSeen;

    private static final class Report {
        final Map<LocalDate, RowNumbers> dates = new TreeMap<>();
        final Map<String, Item> items = new HashMap<>();
        String datesText;
    }

    /** One item of a report: a fingerprint of its first value and note, and where it occurs. */
    private static final class Item {
        final long fingerprintHigh;
        final long fingerprintLow;
        final RowNumbers rows = new RowNumbers();
        boolean identical = true;

        Item(long[] fingerprint) {
            this.fingerprintHigh = fingerprint[0];
            this.fingerprintLow = fingerprint[1];
        }

        boolean sameAsFirst(long[] fingerprint) {
            return fingerprint[0] == fingerprintHigh && fingerprint[1] == fingerprintLow;
        }
    }

    /** How many rows, and the first {@link #ROWS_LISTED} of their numbers; one int for the usual single row. */
    private static final class RowNumbers {
        private int[] listed = new int[1];
        private int count;

        void add(int row) {
            if (count < ROWS_LISTED) {
                if (count == listed.length) {
                    listed = Arrays.copyOf(listed, Math.min(ROWS_LISTED, count * 4));
                }
                listed[count] = row;
            }
            count++;
        }

        int first() {
            return listed[0];
        }

        @Override
        public String toString() {
            int shown = Math.min(count, ROWS_LISTED);
            String rows = Arrays.stream(listed, 0, shown).mapToObj(String::valueOf).collect(Collectors.joining(", "));
            return count > shown ? rows + " và " + ViFormat.integer(count - shown) + " dòng khác" : rows;
        }
    }

    static String submissionId(String fileHash, String reportKey) {
        return Hashing.sha256(fileHash + "|" + reportKey).substring(0, 16);
    }

    /** First pass: notes what the rules need from one checked row. */
    void observe(ReportRow row) {
        rowsSeen++;
        String key = row.parsed().reportKey();
        if (key == null || !row.accepted()) {
            return;
        }
        Report report = reports.computeIfAbsent(key, k -> new Report());
        int number = row.raw().rowNumber();
        report.dates.computeIfAbsent(row.parsed().submitted(), d -> new RowNumbers()).add(number);
        long[] fingerprint = fingerprint(row.raw());
        Item item = report.items.computeIfAbsent(row.parsed().item(), i -> new Item(fingerprint));
        item.rows.add(number);
        item.identical &= item.sameAsFirst(fingerprint);
    }

    long rowsSeen() {
        return rowsSeen;
    }

    /** Second pass: the same row checked again, tagged with its submission and quarantined if a rule says so. */
    ReportRow apply(ReportRow row) {
        String key = row.parsed().reportKey();
        if (key == null) {
            return row;
        }
        ReportRow r = row.inSubmission(submissionId(row.lineage().fileHash(), key));
        if (!r.accepted()) {
            return r;
        }
        Report report = reports.get(key);
        if (report == null) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "%s, dòng %d: dòng không có ở lần đọc đầu; tệp đã thay đổi trong khi đọc", r.lineage().sourceFile(),
                    r.raw().rowNumber()));
        }
        if (report.dates.size() > 1) {
            return r.rejected(new Rejection(Reason.NGAY_NOP_KHONG_DONG_NHAT, "ngay_nop", where(r, "ngay_nop")
                    + "các dòng của cùng một báo cáo (đơn vị " + r.parsed().unit() + ", kế hoạch " + r.parsed().planCode()
                    + ", kỳ " + r.parsed().period() + ") ghi các ngày nộp khác nhau: " + datesText(report)
                    + "; mỗi lần nộp chỉ có một ngày nộp"));
        }
        Item item = report.items.get(r.parsed().item());
        if (item.rows.count <= 1 || item.identical && r.raw().rowNumber() == item.rows.first()) {
            return r;
        }
        if (item.identical) {
            return r.rejected(new Rejection(Reason.TRUNG_DONG, "ma_muc", where(r, "ma_muc")
                    + "dòng lặp lại y hệt dòng " + item.rows.first() + " (mục " + r.parsed().item() + "); đã giữ dòng đầu"));
        }
        return r.rejected(new Rejection(Reason.TRUNG_MUC_KHAC_GIA_TRI, "gia_tri", where(r, "gia_tri")
                + "mục " + r.parsed().item() + " xuất hiện ở các dòng " + item.rows
                + " với giá trị khác nhau; không biết giá trị nào đúng nên không nhận dòng nào"));
    }

    private static String datesText(Report report) {
        if (report.datesText == null) {
            report.datesText = report.dates.entrySet().stream()
                    .map(e -> ViFormat.date(e.getKey()) + " (dòng " + e.getValue() + ")")
                    .collect(Collectors.joining("; "));
        }
        return report.datesText;
    }

    /**
     * Two rows repeat each other when their values fold alike and their notes are equal. The first
     * 128 bits of a SHA-256 stand for the first row's value and note, so a long note is not kept.
     */
    private static long[] fingerprint(RawRow raw) {
        MessageDigest digest = Hashing.sha256();
        digest.update(Fold.fold(raw.value()).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(raw.note() == null ? new byte[] {1} : ("\u0002" + raw.note()).getBytes(StandardCharsets.UTF_8));
        ByteBuffer bits = ByteBuffer.wrap(digest.digest());
        return new long[] {bits.getLong(), bits.getLong()};
    }

    private static String where(ReportRow r, String field) {
        return r.lineage().sourceFile() + ", dòng " + r.raw().rowNumber() + ", cột " + field + ": ";
    }
}

package vn.tonghop.ingest;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tonghop.vi.Fold;

/**
 * A task's reported status: "hoàn thành", "đang thực hiện 60%", "chưa thực hiện", the usual
 * abbreviations (HT, ĐTH, CTH), or a bare percentage (100% done, 0% not started, else in progress).
 */
final class TaskStatus {
    static final String DONE = "hoan_thanh";
    static final String IN_PROGRESS = "dang_thuc_hien";
    static final String NOT_STARTED = "chua_thuc_hien";

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("hoanthanh", DONE), Map.entry("dahoanthanh", DONE), Map.entry("ht", DONE),
            Map.entry("xong", DONE), Map.entry("daxong", DONE),
            Map.entry("dangthuchien", IN_PROGRESS), Map.entry("dth", IN_PROGRESS), Map.entry("dangtrienkhai", IN_PROGRESS),
            Map.entry("datrienkhai", IN_PROGRESS), Map.entry("dathuchien", IN_PROGRESS), Map.entry("dang", IN_PROGRESS),
            Map.entry("thuongxuyen", IN_PROGRESS), Map.entry("chuahoanthanh", IN_PROGRESS),
            Map.entry("chuathuchien", NOT_STARTED), Map.entry("cth", NOT_STARTED), Map.entry("chuatrienkhai", NOT_STARTED),
            Map.entry("chua", NOT_STARTED));
    private static final Pattern WITH_PERCENT = Pattern.compile("(.*?)[(:,;\\-]*([0-9]+(?:[.,][0-9]+)?)%\\)?");

    record Parsed(String status, BigDecimal percent) {
    }

    /** The status, or empty when the words are not a status. Percent checks are the caller's. */
    static Optional<Parsed> parse(String text) {
        String folded = Fold.fold(text);
        Matcher m = WITH_PERCENT.matcher(folded);
        String words = folded;
        BigDecimal percent = null;
        if (m.matches()) {
            words = m.group(1);
            percent = new BigDecimal(m.group(2).replace(',', '.'));
        }
        words = words.replaceAll("[().:,;\\-]+$", "");
        if (words.isEmpty()) {
            if (percent == null) {
                return Optional.empty();
            }
            int sign = percent.compareTo(BigDecimal.ZERO);
            String status = percent.compareTo(BigDecimal.valueOf(100)) >= 0 ? DONE : sign == 0 ? NOT_STARTED : IN_PROGRESS;
            return Optional.of(new Parsed(status, percent));
        }
        String status = WORDS.get(words);
        return status == null ? Optional.empty() : Optional.of(new Parsed(status, percent));
    }
}

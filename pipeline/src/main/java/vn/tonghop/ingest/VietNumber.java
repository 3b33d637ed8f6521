package vn.tonghop.ingest;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers written the Vietnamese way: '.' groups thousands, ',' marks decimals.
 * "1.234" is 1234, "12,5" is 12.5, "1.234,5" is 1234.5; "1.5" and "1,234,5" are malformed.
 * A trailing '%' is allowed and reported, so callers decide whether a percentage fits.
 */
final class VietNumber {
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+(,\\d+)?");

    record Parsed(BigDecimal value, boolean percent) {
    }

    private VietNumber() {
    }

    static Optional<Parsed> parse(String text) {
        String t = text.replace(" ", "").replace("\u00A0", "");
        boolean percent = t.endsWith("%");
        if (percent) {
            t = t.substring(0, t.length() - 1);
        }
        if (!GROUPED.matcher(t).matches() && !PLAIN.matcher(t).matches()) {
            return Optional.empty();
        }
        String canonical = t.replace(".", "").replace(',', '.');
        return Optional.of(new Parsed(new BigDecimal(canonical), percent));
    }
}

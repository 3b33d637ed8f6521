package vn.tonghop.planimport;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One input line: its number, the text as read, and the text cleaned for parsing (NFC, odd spaces and
 * invisible characters removed, runs of spaces collapsed, emphasis marks such as "**" left over from
 * conversions removed). {@code removed} says what cleaning took out, for the report.
 * A line with no letter or digit left is {@code noise} (a stray "*", a rule of dashes).
 */
record Line(int number, String raw, String text, List<String> removed) {
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD\\p{Cc}&&[^\\t]]");
    private static final Pattern ODD_SPACES = Pattern.compile("[\\t\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\p{L}\\p{N}])(\\*{2,}|_{2,})|(\\*{2,}|_{2,})(?![\\p{L}\\p{N}])|^\\*+(?=\\p{L})|(?<=[\\p{L}\\p{N}.])\\*+$");

    static Line of(int number, String raw) {
        List<String> removed = new ArrayList<>();
        String t = Normalizer.normalize(raw, Normalizer.Form.NFC);
        Matcher invisible = INVISIBLE.matcher(t);
        if (invisible.find()) {
            removed.add("ký tự ẩn");
            t = invisible.replaceAll("");
        }
        t = ODD_SPACES.matcher(t).replaceAll(" ").replaceAll(" {2,}", " ").strip();
        Matcher emphasis = EMPHASIS.matcher(t);
        StringBuilder kept = new StringBuilder();
        while (emphasis.find()) {
            removed.add("'" + emphasis.group() + "'");
            emphasis.appendReplacement(kept, "");
        }
        emphasis.appendTail(kept);
        t = kept.toString().replaceAll(" {2,}", " ").strip();
        return new Line(number, raw, t, List.copyOf(removed));
    }

    boolean blank() {
        return text.isEmpty() && removed.isEmpty();
    }

    /** Non-blank but without a letter or digit: a stray mark, a decoration or a rule. */
    boolean noise() {
        return !raw.isBlank() && text.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}

package vn.tonghop.vi;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short forms of Vietnamese unit names and period codes, the way offices abbreviate them in tables
 * and chart labels: "Trường Trung học cơ sở Nguyễn Văn Trỗi" is "THCS Nguyễn Văn Trỗi",
 * "2024-H1" is "6T đầu/2024".
 */
public final class ShortNames {
    /** A phrase (matched in NFC, ignoring case, any run of spaces between words) and its short form. */
    private record Rule(Pattern pattern, String replacement) {
    }

    private static final String NOT_LETTER_BEFORE = "(?<![\\p{L}\\p{M}\\p{N}])";
    private static final String NOT_LETTER_AFTER = "(?![\\p{L}\\p{M}\\p{N}])";

    /** Longest phrases first: "Trường Trung học cơ sở" before "Trung học cơ sở". */
    private static final List<Rule> RULES = List.of(
            rule("Trường Trung học phổ thông", "THPT"),
            rule("Trường Trung học cơ sở", "THCS"),
            rule("Trường Tiểu học", "TH"),
            rule("Trường Mầm non", "MN"),
            rule("Trường Cao đẳng", "CĐ"),
            // "Trường THCS X" as offices often write it
            rule("Trường THPT", "THPT"),
            rule("Trường THCS", "THCS"),
            rule("Trường TH", "TH"),
            rule("Trường MN", "MN"),
            rule("Trường CĐ", "CĐ"),
            rule("Trung học phổ thông", "THPT"),
            rule("Trung học cơ sở", "THCS"),
            // covers "Sở Giáo dục và Đào tạo" -> "Sở GD&ĐT" and "Phòng Giáo dục và Đào tạo" -> "Phòng GD&ĐT"
            rule("Giáo dục và Đào tạo", "GD&ĐT"),
            rule("Ủy ban nhân dân", "UBND"),
            rule("Uỷ ban nhân dân", "UBND"),
            rule("Chi bộ", "CB"),
            rule("Đảng bộ", "ĐB"));

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u200B\\uFEFF]+");
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-(H[12]|Q[1-4]|0[1-9]|1[0-2]|SK|TK))?");

    private ShortNames() {
    }

    private static Rule rule(String phrase, String replacement) {
        String[] words = Normalizer.normalize(phrase, Normalizer.Form.NFC).split(" ");
        StringBuilder regex = new StringBuilder(NOT_LETTER_BEFORE);
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                regex.append("[\\s\\u00A0]+");
            }
            regex.append(Pattern.quote(words[i]));
        }
        regex.append(NOT_LETTER_AFTER);
        return new Rule(Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                Matcher.quoteReplacement(replacement));
    }

    /**
     * The short form of a unit name: "Chi bộ Trường Trung học phổ thông Nguyễn Thượng Hiền" is
     * "CB THPT Nguyễn Thượng Hiền". The source may be NFC or NFD and in any letter case; the result is
     * NFC with single spaces, the abbreviations in capitals and the rest of the name kept as written.
     * A name without any known phrase comes back unchanged (normalised). {@code null} gives "".
     */
    public static String unit(String fullName) {
        if (fullName == null) {
            return "";
        }
        String text = Normalizer.normalize(fullName, Normalizer.Form.NFC);
        text = SPACES.matcher(text).replaceAll(" ").strip();
        for (Rule rule : RULES) {
            text = rule.pattern().matcher(text).replaceAll(rule.replacement());
        }
        return text;
    }

    /**
     * A short axis label for a period code (as {@code vn.tonghop.catalog.Period#code()} writes them):
     * "2024" is "2024", "2024-H1" is "6T đầu/2024", "2024-H2" is "6T cuối/2024", "2024-Q3" is "Q3/2024",
     * "2024-05" is "T5/2024", "2025-SK" is "Sơ kết 2025", "2025-TK" is "Tổng kết 2025".
     *
     * @throws IllegalArgumentException for anything else
     */
    public static String period(String periodCode) {
        if (periodCode == null) {
            throw new IllegalArgumentException("period code is null");
        }
        Matcher m = PERIOD.matcher(periodCode.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException(String.format(
                    "period code \"%s\" is not YYYY, YYYY-H1/H2, YYYY-Q1..Q4, YYYY-01..12, YYYY-SK or YYYY-TK",
                    periodCode));
        }
        String year = m.group(1);
        String part = m.group(2);
        if (part == null) {
            return year;
        }
        return switch (part) {
            case "H1" -> "6T đầu/" + year;
            case "H2" -> "6T cuối/" + year;
            case "SK" -> "Sơ kết " + year;
            case "TK" -> "Tổng kết " + year;
            default -> part.startsWith("Q")
                    ? part + "/" + year
                    : "T" + Integer.parseInt(part) + "/" + year;
        };
    }
}

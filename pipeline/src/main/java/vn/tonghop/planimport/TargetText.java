package vn.tonghop.planimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Targets stated in a sentence: a share ("100% cán bộ ... đăng ký", "phấn đấu 90% ...", "đạt 95% trở
 * lên") or a count ("ít nhất 01 mô hình", "tối thiểu 2 buổi", "phấn đấu có 5 ..."), with what is counted
 * (the words after the figure, to the end of the clause) and, when the sentence says "mỗi/từng <đơn vị>",
 * the kind of unit each must reach it.
 */
final class TargetText {
    record Target(String phrase, String counted, String before, String unit, boolean percent, double value,
                  boolean atLeast, String eachWords, int start) {
    }

    private static final Pattern PERCENT = Pattern.compile("(?:\\b(phan dau(?: dat)?|dat(?: ty le)?(?: tu)?|ty le|chi tieu|it nhat|toi thieu|tren|tu)\\s+)?"
            + "(?<![\\d.,/])(\\d{1,3}(?:[.,]\\d{1,2})?)\\s*%(\\s*tro len)?");
    private static final Pattern COUNT = Pattern.compile("\\b(it nhat|toi thieu|phan dau(?: dat| co| xay dung| thuc hien)?|chi tieu(?: la)?|dat it nhat)"
            + "\\s+(?:co\\s+)?(\\d{1,4})(?![\\d%.,/])\\s+(?=\\p{L})");
    private static final Pattern EACH = Pattern.compile("\\b(moi|tung)\\s+(\\p{L}+(?:\\s+\\p{L}+){0,2})");
    private static final Set<String> TIME_WORDS = Set.of("nam", "thang", "ngay", "quy", "tuan", "gio", "phut");
    private static final List<String> MEASURES = List.of("mo hinh", "can bo", "dang vien", "giao vien", "hoc sinh", "sinh vien",
            "nguoi", "luot", "lop", "buoi", "cuoc", "don vi", "chi bo", "truong", "hoi nghi", "bai", "tin", "giai phap",
            "cong trinh", "dien hinh", "tap the", "ca nhan", "ho", "suat", "phan qua", "sang kien", "chuyen de", "dot",
            "hoat dong", "phong trao", "lan", "trieu dong", "dong", "nha", "ban", "cau lac bo", "doi", "nhom", "de tai");

    private TargetText() {
    }

    static List<Target> find(String text) {
        String f = Folded.sameLength(text);
        List<Target> out = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        Matcher m = PERCENT.matcher(f);
        while (m.find()) {
            double value = Double.parseDouble(m.group(2).replace(',', '.'));
            if (value <= 0 || value > 100) {
                continue;
            }
            int clauseEnd = clauseEnd(f, m.end());
            String counted = text.substring(m.end(), clauseEnd).strip().replaceAll("^(trở lên|tro len)\\s*", "");
            String before = text.substring(clauseStart(f, m.start()), m.start()).strip();
            boolean atLeast = m.group(3) != null || m.group(1) != null && (m.group(1).contains("it nhat")
                    || m.group(1).contains("toi thieu") || m.group(1).startsWith("tren") || m.group(1).endsWith("tu"));
            out.add(new Target(text.substring(m.start(), clauseEnd).strip(), counted, before, "%", true, value, atLeast,
                    each(f, text, clauseStart(f, m.start()), m.start()), m.start()));
            taken.add(new int[] {m.start(), m.end()});
        }
        Matcher c = COUNT.matcher(f);
        while (c.find()) {
            int start = c.start();
            int stop = c.end();
            if (taken.stream().anyMatch(r -> start < r[1] && r[0] < stop)) {
                continue;
            }
            String number = c.group(2);
            int clauseEnd = clauseEnd(f, c.end());
            String counted = text.substring(c.end(), clauseEnd).strip();
            String firstWord = Folded.sameLength(counted).split("[^\\p{L}]+")[0];
            if (number.length() == 4 && (number.startsWith("19") || number.startsWith("20")) || TIME_WORDS.contains(firstWord)) {
                continue;
            }
            out.add(new Target(text.substring(c.start(), clauseEnd).strip(), counted, text.substring(clauseStart(f, start), start).strip(),
                    measure(counted), false, Double.parseDouble(number), !c.group(1).startsWith("chi tieu"),
                    each(f, text, clauseStart(f, start), start), start));
        }
        out.sort(java.util.Comparator.comparingInt(Target::start));
        return out;
    }

    private static int clauseEnd(String f, int from) {
        for (int i = from; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == ';' || c == '\n' || c == '.' && (i + 1 == f.length() || f.charAt(i + 1) == ' ' || f.charAt(i + 1) == '\n')) {
                return i;
            }
        }
        return f.length();
    }

    private static int clauseStart(String f, int from) {
        for (int i = from - 1; i >= 0; i--) {
            char c = f.charAt(i);
            if (c == ';' || c == '\n' || c == ':' || c == '.' && i + 1 < f.length() && f.charAt(i + 1) == ' ') {
                return i + 1;
            }
        }
        return 0;
    }

    /** The words after "mỗi" / "từng" before the figure, e.g. "chi bộ đăng ký", or "". */
    private static String each(String f, String text, int from, int to) {
        Matcher m = EACH.matcher(f.substring(from, to));
        String found = "";
        while (m.find()) {
            found = text.substring(from + m.start(2), from + m.end(2));
        }
        return found;
    }

    private static String measure(String counted) {
        List<String> words = Folded.wordList(counted);
        for (String mw : MEASURES) {
            List<String> mwWords = List.of(mw.split(" "));
            if (Folded.startsWithWords(words, mwWords)) {
                return String.join(" ", List.of(counted.strip().split("\\s+")).subList(0, mwWords.size())).replaceAll("[,;.]$", "");
            }
        }
        String[] w = counted.strip().split("[\\s,;.]+");
        return w.length == 0 ? "" : w[0];
    }
}

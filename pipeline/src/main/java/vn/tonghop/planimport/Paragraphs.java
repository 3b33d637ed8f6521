package vn.tonghop.planimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits the lines into paragraphs. A line with a marker ("1.", "-", ...) always starts a paragraph;
 * an unmarked line continues the paragraph before it (even across up to three blank lines) when that
 * paragraph was left mid-sentence: no closing punctuation, and the line starts in lower case, or the
 * paragraph ends with a comma or a word that cannot end a sentence ("của", "và", ...), or the line
 * starts with an opening quote. Every join is noted, so the report can show it.
 */
final class Paragraphs {
    private static final Set<String> OPEN_ENDINGS = Set.of("của", "và", "với", "về", "các", "những", "cho", "theo", "là",
            "để", "trong", "tại", "đến", "từ", "bằng", "do", "bởi", "mà", "thì", "hoặc", "hay", "được", "bị", "có",
            "không", "sự", "việc", "ngày", "tháng", "năm", "số", "nhằm", "đối", "giữa", "trên", "dưới", "qua", "vào", "ra",
            "như", "đã", "đang", "sẽ", "cần", "phải", "nên", "cùng", "vì", "nếu", "khi", "sau", "trước", "mỗi", "từng", "cả");
    private static final int MAX_BLANKS_INSIDE = 3;

    record Join(int paragraphLine, int line, boolean acrossBlank) {
    }

    record Result(List<Paragraph> paragraphs, List<Line> noise, List<Join> joins) {
    }

    private Paragraphs() {
    }

    static Result split(List<Line> lines) {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Line> noise = new ArrayList<>();
        List<Join> joins = new ArrayList<>();
        Paragraph current = null;
        int blanks = 0;
        for (Line line : lines) {
            if (line.blank()) {
                blanks++;
                continue;
            }
            if (line.noise()) {
                noise.add(line);
                continue;
            }
            if (current != null && blanks <= MAX_BLANKS_INSIDE && continues(current, line)) {
                current.append(line);
                joins.add(new Join(current.firstLine(), line.number(), blanks > 0));
            } else {
                current = new Paragraph(line);
                paragraphs.add(current);
            }
            blanks = 0;
        }
        return new Result(paragraphs, noise, joins);
    }

    static boolean continues(Paragraph p, Line line) {
        String text = line.text();
        if (p.endsClosed() || Marker.parse(text).kind() != Marker.Kind.NONE || isAllCaps(text)) {
            return false;
        }
        if (isAllCaps(p.text()) && p.text().codePoints().filter(Character::isLetter).count() > 3) {
            return false; // a heading in capitals ends where it ends
        }
        int first = text.codePointAt(0);
        if (Character.isLowerCase(first)) {
            return true;
        }
        String before = p.text().strip();
        if (before.endsWith(",") || before.endsWith("-")) {
            return true;
        }
        String[] words = before.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        String lastWord = words.length == 0 ? "" : words[words.length - 1];
        if (OPEN_ENDINGS.contains(lastWord)) {
            return true;
        }
        return "“\"‘(".indexOf(text.charAt(0)) >= 0 && before.length() >= 40;
    }

    /** Letters present and none of them lower case ("KẾ HOẠCH", "III. TỔ CHỨC THỰC HIỆN"). */
    static boolean isAllCaps(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters = true;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letters;
    }
}

package vn.tonghop.planimport;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Folding for matching phrases in plan texts. Unlike {@link vn.tonghop.vi.Fold#fold}, {@link #sameLength}
 * keeps every character in place (one folded char per input char), so a match found in the folded
 * text can be cut out of the original text at the same offsets.
 */
final class Folded {
    private Folded() {
    }

    /** Lower case, diacritics removed, đ mapped to d, one output char per input char (input in NFC). */
    static String sameLength(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) {
                out.append(Character.toLowerCase(c));
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                out.append('d');
                continue;
            }
            if (Character.isHighSurrogate(c) || Character.isLowSurrogate(c)) {
                out.append(' ');
                continue;
            }
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = decomposed.charAt(0);
            out.append(Character.getType(base) == Character.NON_SPACING_MARK ? ' ' : Character.toLowerCase(base));
        }
        return out.toString();
    }

    /**
     * A name reduced to its words for comparing unit names: folded, punctuation other than '-' turned into
     * spaces, single spaces. "Phòng Chính trị tư tưởng - Sở GD&ĐT" gives "phong chinh tri tu tuong - so gd dt".
     */
    static String words(String text) {
        String folded = sameLength(Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC));
        return folded.replaceAll("[^\\p{L}\\p{N}-]+", " ").replaceAll("\\s*-+\\s*", " - ")
                .replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    static List<String> wordList(String text) {
        String w = words(text);
        return w.isEmpty() ? List.of() : Arrays.asList(w.split(" "));
    }

    /** True when {@code words} starts with all of {@code prefix}, word by word. */
    static boolean startsWithWords(List<String> words, List<String> prefix) {
        return !prefix.isEmpty() && prefix.size() <= words.size() && words.subList(0, prefix.size()).equals(prefix);
    }
}

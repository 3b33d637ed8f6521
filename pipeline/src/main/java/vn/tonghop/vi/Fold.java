package vn.tonghop.vi;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for matching codes and headers: NFC, lower case, no diacritics,
 * đ mapped to d (decomposition leaves đ alone), no whitespace. "Mã đơn vị" folds to "madonvi".
 */
public final class Fold {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u200B\\uFEFF]+");

    private Fold() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(bare).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Like {@link #fold} but keeps single spaces between words, for phrases such as due rules. */
    public static String foldPhrase(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(bare).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /** Text as people typed it, composed (NFC) so that "Trường" in NFD equals "Trường" in NFC. */
    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}

package vn.tonghop.planimport;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into words and punctuation marks, each with its folded form and its offsets in the
 * original text, so phrases found by their folded words can be cut out of the text as printed.
 */
final class Tokens {
    record Token(String folded, String original, int start, int end) {
        boolean isWord() {
            return Character.isLetterOrDigit(original.codePointAt(0));
        }

        boolean isLowerCase() {
            return Character.isLowerCase(original.codePointAt(0));
        }

        boolean isCapitalised() {
            return Character.isUpperCase(original.codePointAt(0));
        }
    }

    private final String text;
    private final List<Token> tokens;

    Tokens(String text) {
        this.text = text;
        this.tokens = new ArrayList<>();
        String folded = Folded.sameLength(text);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int j = i;
                while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || Character.getType(text.charAt(j)) == Character.NON_SPACING_MARK)) {
                    j++;
                }
                tokens.add(new Token(folded.substring(i, j), text.substring(i, j), i, j));
                i = j;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                tokens.add(new Token(String.valueOf(c), String.valueOf(c), i, i + 1));
                i++;
            }
        }
    }

    String text() {
        return text;
    }

    int size() {
        return tokens.size();
    }

    Token get(int i) {
        return tokens.get(i);
    }

    /** The original text from token {@code from} to token {@code to} (exclusive), as printed. */
    String slice(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** True when the folded words from token {@code i} are {@code phrase} (words separated by single spaces). */
    boolean wordsAt(int i, String phrase) {
        String[] words = phrase.split(" ");
        if (i + words.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!tokens.get(i + k).folded().equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    /** True when the words from token {@code i}, in lower case with their diacritics, are {@code phrase}. */
    boolean exactAt(int i, String phrase) {
        String[] words = phrase.split(" ");
        if (i + words.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!tokens.get(i + k).original().toLowerCase(java.util.Locale.ROOT).equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Number of tokens the first of {@code phrases} found at {@code i} covers, or 0. Phrases are grammar
     * words written with their diacritics and matched exactly (lower case): folded, "đang" would be "đảng".
     */
    int phraseAt(int i, Iterable<String> phrases) {
        for (String p : phrases) {
            if (exactAt(i, p)) {
                return p.split(" ").length;
            }
        }
        return 0;
    }

    /** Index of the token starting at or after character offset {@code offset}. */
    int indexAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= offset) {
                return i;
            }
        }
        return tokens.size();
    }
}

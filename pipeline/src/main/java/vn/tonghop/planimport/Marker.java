package vn.tonghop.planimport;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number or bullet a paragraph starts with, as printed: "II." (ROMAN), "3." or "3)" (NUMBER),
 * "9.1." (MULTI, with {@code depth} 2), "a)" (LETTER), "-" (DASH), "+" (PLUS), "•" (BULLET), or none.
 * {@code label} is the marker as printed, {@code rest} the text after it.
 */
record Marker(Kind kind, String label, String rest, int depth) {

    enum Kind { ROMAN, NUMBER, MULTI, LETTER, DASH, PLUS, BULLET, NONE }

    private static final Pattern ROMAN = Pattern.compile("^([IVXL]{1,6})\\s*[.):/]\\s*(.*)$");
    private static final Pattern MULTI = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){1,4})\\.?\\)?\\s+(\\S.*)$");
    private static final Pattern NUMBER = Pattern.compile("^\\(?(\\d{1,2})\\s*[.)/]\\s*(\\S.*)$");
    private static final Pattern LETTER = Pattern.compile("^\\(?([a-zđ])\\s*[).]\\s+(\\S.*)$");
    private static final Pattern DASH = Pattern.compile("^([-–—−])\\s*([^-–—\\s].*)$");
    private static final Pattern PLUS = Pattern.compile("^(\\+)\\s*(\\S.*)$");
    private static final Pattern BULLET = Pattern.compile("^([•●▪◦·○■□➢➤✓*])\\s*(\\S.*)$");

    static Marker parse(String text) {
        Matcher m = ROMAN.matcher(text);
        if (m.matches() && Roman.value(m.group(1)) > 0 && !m.group(2).isEmpty()) {
            return new Marker(Kind.ROMAN, m.group(1) + ".", m.group(2), 1);
        }
        m = MULTI.matcher(text);
        if (m.matches()) {
            String label = text.substring(0, text.length() - m.group(2).length()).strip();
            return new Marker(Kind.MULTI, label, m.group(2), m.group(1).split("\\.").length);
        }
        m = NUMBER.matcher(text);
        if (m.matches() && !looksLikeDate(m.group(2))) {
            String label = text.substring(0, text.length() - m.group(2).length()).strip();
            return new Marker(Kind.NUMBER, label, m.group(2), 1);
        }
        m = LETTER.matcher(text);
        if (m.matches()) {
            String label = text.substring(0, text.length() - m.group(2).length()).strip();
            return new Marker(Kind.LETTER, label, m.group(2), 1);
        }
        m = DASH.matcher(text);
        if (m.matches()) {
            return new Marker(Kind.DASH, m.group(1), m.group(2), 1);
        }
        m = PLUS.matcher(text);
        if (m.matches()) {
            return new Marker(Kind.PLUS, "+", m.group(2), 1);
        }
        m = BULLET.matcher(text);
        if (m.matches()) {
            return new Marker(Kind.BULLET, m.group(1), m.group(2), 1);
        }
        return new Marker(Kind.NONE, "", text, 0);
    }

    /** "15/6 và 15/11" is a date, not item 15: a number followed by '/' and digits. */
    private static boolean looksLikeDate(String rest) {
        return rest.matches("^\\d.*");
    }

    /** The printed numbers of a NUMBER or MULTI label: "9.1." gives [9, 1]. */
    int[] numbers() {
        String digits = label.replaceAll("[^0-9.]", "").replaceAll("^\\.+|\\.+$", "");
        if (digits.isEmpty()) {
            return new int[0];
        }
        String[] parts = digits.split("\\.+");
        int[] n = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            n[i] = Integer.parseInt(parts[i]);
        }
        return n;
    }

    boolean isBullet() {
        return kind == Kind.DASH || kind == Kind.PLUS || kind == Kind.BULLET;
    }

    boolean isNumbered() {
        return kind == Kind.ROMAN || kind == Kind.NUMBER || kind == Kind.MULTI || kind == Kind.LETTER;
    }

    /** Two markers of the same style are siblings ("1." and "2.", "-" and "–", "9.1." and "9.2."). */
    boolean sameStyle(Marker other) {
        if (kind != other.kind) {
            return false;
        }
        return switch (kind) {
            case MULTI -> depth == other.depth;
            case NUMBER -> label.endsWith(")") == other.label.endsWith(")") && label.startsWith("(") == other.label.startsWith("(");
            case LETTER -> label.endsWith(")") == other.label.endsWith(")");
            case BULLET -> label.equals(other.label);
            default -> true;
        };
    }
}

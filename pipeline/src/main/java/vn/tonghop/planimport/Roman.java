package vn.tonghop.planimport;

import java.util.regex.Pattern;

/** Roman numerals as section numbers are printed: I, II, ..., XX. */
final class Roman {
    private static final Pattern VALID = Pattern.compile("M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");
    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private Roman() {
    }

    static String of(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < VALUES.length; i++) {
            while (n >= VALUES[i]) {
                s.append(SYMBOLS[i]);
                n -= VALUES[i];
            }
        }
        return s.toString();
    }

    /** The value of an upper-case numeral, or 0 when it is not one. */
    static int value(String numeral) {
        if (numeral == null || numeral.isEmpty() || !VALID.matcher(numeral).matches()) {
            return 0;
        }
        int total = 0;
        int i = 0;
        for (int k = 0; k < VALUES.length; k++) {
            while (numeral.startsWith(SYMBOLS[k], i)) {
                total += VALUES[k];
                i += SYMBOLS[k].length();
            }
        }
        return total;
    }
}

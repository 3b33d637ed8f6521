package vn.tonghop.vi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** vi-VN formatting shared by documents and the site: 1.234,5 and dd/MM/yyyy. */
public final class ViFormat {
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ViFormat() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A number with '.' as thousands separator and ',' as decimal mark, at most {@code decimals} places. */
    public static String number(double value, int decimals) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(decimals > 0 ? "#,##0." + "#".repeat(decimals) : "#,##0", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(BigDecimal.valueOf(value));
    }

    public static String integer(long value) {
        return number(value, 0);
    }

    /** A fraction as a Vietnamese percentage: 0.9047 gives "90,5%"; null gives "—" (no data is never 0). */
    public static String percent(Double fraction) {
        return fraction == null ? "—" : number(fraction * 100, 1) + "%";
    }

    /** A value with at most {@code decimals} places, or "—" when there is none. */
    public static String value(Double value, int decimals) {
        return value == null ? "—" : number(value, decimals);
    }

    /** First letter upper case, for a phrase that starts a sentence ("năm 2023" gives "Năm 2023"). */
    public static String capitalize(String phrase) {
        return phrase == null || phrase.isEmpty() ? "" : Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
    }
}

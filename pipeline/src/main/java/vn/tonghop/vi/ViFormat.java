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
}

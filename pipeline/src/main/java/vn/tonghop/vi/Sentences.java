package vn.tonghop.vi;

/**
 * Vietnamese sentences built from the numbers, shared by the site and the compiled documents:
 * "Năm 2023, 38/42 đơn vị nộp báo cáo (90,5%), 31 đúng hạn; 4 đơn vị chưa nộp."
 */
public final class Sentences {
    private Sentences() {
    }

    /** Reporting of a period: received of expected, on time, late and missing. */
    public static String reporting(String periodPhrase, long expected, long received, long onTime, long late, long missing) {
        if (expected == 0) {
            return ViFormat.capitalize(periodPhrase) + ", chưa có đơn vị nào phải nộp báo cáo.";
        }
        StringBuilder s = new StringBuilder(ViFormat.capitalize(periodPhrase)).append(", ")
                .append(ViFormat.integer(received)).append('/').append(ViFormat.integer(expected))
                .append(" đơn vị nộp báo cáo (").append(ViFormat.percent((double) received / expected)).append("), ")
                .append(ViFormat.integer(onTime)).append(" đúng hạn");
        if (late > 0) {
            s.append(", ").append(ViFormat.integer(late)).append(" trễ hạn");
        }
        if (missing > 0) {
            s.append("; ").append(ViFormat.integer(missing)).append(" đơn vị chưa nộp");
        }
        return s.append('.').toString();
    }

    /**
     * An indicator's figure with its change: "có 2.071 mô hình được đăng ký, tăng 276 so với năm 2022"
     * (the caller gives the indicator's name as a noun phrase and the comparison's period).
     */
    public static String indicator(String name, double value, String unit, int decimals, Double change, String basePhrase) {
        StringBuilder s = new StringBuilder(name).append(": ").append(ViFormat.number(value, decimals));
        if (unit != null && !unit.isBlank()) {
            s.append(unit.equals("%") ? "%" : " " + unit);
        }
        if (change != null && basePhrase != null) {
            String amount = ViFormat.number(Math.abs(change), decimals) + (unit != null && unit.equals("%") ? " điểm phần trăm" : "");
            s.append(change > 0 ? ", tăng " + amount : change < 0 ? ", giảm " + amount : ", không đổi")
                    .append(" so với ").append(basePhrase);
        }
        return s.append('.').toString();
    }
}

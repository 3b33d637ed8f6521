package vn.tonghop.catalog;

import java.util.Optional;
import vn.tonghop.vi.Fold;

/** The kinds of reporting period a plan's calendar may name. */
public enum PeriodType {
    YEAR("year", "năm"),
    H1("H1", "6 tháng đầu năm"),
    H2("H2", "6 tháng cuối năm"),
    QUARTER("quarter", "quý"),
    MONTH("month", "tháng"),
    MID_REVIEW("mid_review", "sơ kết"),
    FINAL_REVIEW("final_review", "tổng kết");

    private final String catalogName;
    private final String vietnamese;

    PeriodType(String catalogName, String vietnamese) {
        this.catalogName = catalogName;
        this.vietnamese = vietnamese;
    }

    public String catalogName() {
        return catalogName;
    }

    public String vietnamese() {
        return vietnamese;
    }

    public static Optional<PeriodType> fromCatalog(String text) {
        String folded = Fold.fold(text);
        for (PeriodType t : values()) {
            if (Fold.fold(t.catalogName).equals(folded)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}

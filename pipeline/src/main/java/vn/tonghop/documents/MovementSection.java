package vn.tonghop.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tonghop.catalog.Indicator;
import vn.tonghop.catalog.Movement;
import vn.tonghop.catalog.Period;
import vn.tonghop.catalog.PeriodType;
import vn.tonghop.documents.ReportDocument.Block;
import vn.tonghop.documents.ReportDocument.Heading;
import vn.tonghop.documents.ReportDocument.Item;
import vn.tonghop.documents.ReportDocument.Table;
import vn.tonghop.documents.ReportDocument.Text;
import vn.tonghop.vi.ReportSentences;
import vn.tonghop.vi.ViFormat;

/**
 * Part II.2: each movement's indicators at the plan's root unit (the published {@code indicators} rows),
 * in a table and in sentences built from the same numbers.
 */
final class MovementSection {
    /** One indicator's row of the period at the plan's root. */
    record Figure(Indicator indicator, Map<String, Object> row) {
    }

    private final ReportContext context;

    MovementSection(ReportContext context) {
        this.context = context;
    }

    /** The period's figures at the root, by movement in catalog order. */
    List<Figure> figures() {
        List<Map<String, Object>> rows = context.data().indicators(context.planCode(), context.periodCode(), context.root());
        List<Figure> out = new ArrayList<>();
        for (Movement movement : context.catalog().movements()) {
            for (Indicator indicator : movement.indicators()) {
                rows.stream().filter(r -> indicator.code().equals(r.get("ma_chi_tieu"))).findFirst()
                        .ifPresent(r -> out.add(new Figure(indicator, r)));
            }
        }
        return out;
    }

    List<Block> blocks(List<Figure> figures) {
        List<Block> out = new ArrayList<>();
        out.add(new Heading(2, "2. Kết quả thực hiện các phong trào thi đua"));
        if (figures.isEmpty()) {
            out.add(Text.plain("Kế hoạch không có chỉ tiêu phong trào nào trong kỳ này."));
            return out;
        }
        String previous = previousPhrase();
        String lastYear = new Period(context.period().year() - 1, context.period().type(), context.period().number()).vietnamese();
        for (Movement movement : context.catalog().movements()) {
            List<Figure> mine = figures.stream().filter(f -> f.indicator().movementCode().equals(movement.code())).toList();
            if (mine.isEmpty()) {
                continue;
            }
            out.add(new Heading(3, movement.name()));
            out.add(table(mine, previous, lastYear));
            for (Figure f : mine) {
                out.add(new Item("", sentence(f, previous, lastYear)));
            }
        }
        return out;
    }

    private static Table table(List<Figure> figures, String previous, String lastYear) {
        List<List<String>> rows = new ArrayList<>();
        for (Figure f : figures) {
            Indicator i = f.indicator();
            int d = ReportContext.decimals(i);
            Map<String, Object> r = f.row();
            rows.add(List.of(i.name(), unitOfMeasure(i), ViFormat.value(ReportData.asDouble(r, "gia_tri_tong_hop"), d),
                    ViFormat.integer(ReportData.asLong(r, "so_don_vi_co_so_lieu")) + "/" + ViFormat.integer(ReportData.asLong(r, "so_don_vi_ky_vong")),
                    ViFormat.value(ReportData.asDouble(r, "chi_tieu"), d), ViFormat.percent(ReportData.asDouble(r, "ty_le_dat")),
                    signed(ReportData.asDouble(r, "chenh_lech_ky_truoc"), d), signed(ReportData.asDouble(r, "chenh_lech_cung_ky"), d)));
        }
        return new Table(List.of("Chỉ tiêu", "Đơn vị tính", "Kết quả", "Đơn vị có số liệu", "Chỉ tiêu đề ra", "Tỷ lệ đạt",
                "So với " + (previous == null ? "kỳ trước" : previous), "So với " + lastYear), rows,
                List.of(28, 10, 10, 10, 10, 10, 11, 11), List.of(false, false, true, true, true, true, true, true));
    }

    /** The unit of measure as a table prints it: "%" for shares, the word otherwise ("mô hình"). */
    static String unitOfMeasure(Indicator i) {
        return i.unitOfMeasure() == null ? "" : i.unitOfMeasure();
    }

    private static String sentence(Figure f, String previous, String lastYear) {
        Indicator i = f.indicator();
        int d = ReportContext.decimals(i);
        Map<String, Object> r = f.row();
        Double applies = ReportData.asDouble(r, "so_don_vi_ap_dung");
        return ReportSentences.indicatorResult(i.name(), ReportData.asDouble(r, "gia_tri_tong_hop"), i.unitOfMeasure(), d,
                ReportData.asDouble(r, "chi_tieu"), ReportData.asDouble(r, "ty_le_dat"),
                applies == null ? null : ReportSentences.unitsMeeting(ReportData.asLong(r, "so_don_vi_dat"), applies.longValue()),
                ReportSentences.change(ReportData.asDouble(r, "chenh_lech_ky_truoc"), i.unitOfMeasure(), d, previous),
                ReportSentences.change(ReportData.asDouble(r, "chenh_lech_cung_ky"), i.unitOfMeasure(), d, lastYear));
    }

    /** The previous period of the same type, as the aggregation compares (docs/aggregation.md, "Change"); null when none. */
    private String previousPhrase() {
        return previousPeriod(context.period()).map(Period::vietnamese).orElse(null);
    }

    static Optional<Period> previousPeriod(Period p) {
        return switch (p.type()) {
            case YEAR -> Optional.of(new Period(p.year() - 1, PeriodType.YEAR, 0));
            case H1 -> Optional.of(new Period(p.year() - 1, PeriodType.H2, 2));
            case H2 -> Optional.of(new Period(p.year(), PeriodType.H1, 1));
            case QUARTER -> Optional.of(p.number() == 1 ? new Period(p.year() - 1, PeriodType.QUARTER, 4)
                    : new Period(p.year(), PeriodType.QUARTER, p.number() - 1));
            case MONTH -> Optional.of(p.number() == 1 ? new Period(p.year() - 1, PeriodType.MONTH, 12)
                    : new Period(p.year(), PeriodType.MONTH, p.number() - 1));
            case MID_REVIEW, FINAL_REVIEW -> Optional.empty();
        };
    }

    private static String signed(Double change, int decimals) {
        return change == null ? "—" : (change > 0 ? "+" : "") + ViFormat.number(change, decimals);
    }
}

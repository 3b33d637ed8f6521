package vn.tonghop.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.DocumentStyle;
import vn.tonghop.catalog.Period;
import vn.tonghop.catalog.Plan;
import vn.tonghop.documents.ReportDocument.Block;
import vn.tonghop.documents.ReportDocument.Heading;
import vn.tonghop.documents.ReportDocument.Item;
import vn.tonghop.documents.ReportDocument.Text;
import vn.tonghop.vi.Fold;
import vn.tonghop.vi.ReportSentences;
import vn.tonghop.vi.Sentences;
import vn.tonghop.vi.ViFormat;

/** Builds the model of one plan's report for one period from the catalog and the published datasets. */
final class ReportBuilder {
    /** Party symbols read "74-KH/ĐU": the issuer's abbreviation follows the slash. */
    private static final Pattern PARTY_CODE = Pattern.compile("[^/]*-[^/]+/(.+)");
    /** State symbols read "125/KH-GDĐT": the issuer's abbreviation follows the type and a dash. */
    private static final Pattern STATE_CODE = Pattern.compile("[^/]*/[^-]+-(.+)");
    /** The few spaces an office leaves for the number it fills in by hand when the document is registered. */
    private static final String BLANK_NUMBER = "     ";

    private ReportBuilder() {
    }

    static ReportDocument build(Catalog catalog, ReportData data, Plan plan, ReportData.PeriodRef ref, LocalDate asOf) {
        Period period = Period.parse(ref.code()).orElseThrow(() -> new IllegalArgumentException("kỳ không hợp lệ: " + ref.code()));
        ReportContext context = new ReportContext(catalog, data, plan, period, ref, asOf);
        TaskSection taskSection = new TaskSection(context);
        List<TaskSection.TaskCounts> tasks = taskSection.counts();
        MovementSection movementSection = new MovementSection(context);
        List<MovementSection.Figure> figures = movementSection.figures();
        ReportFacts facts = new ReportFacts(context);

        List<Block> body = new ArrayList<>();
        body.add(Text.plain(introduction(context)));
        body.addAll(reporting(context, facts));
        body.add(new Heading(1, "II. KẾT QUẢ THỰC HIỆN"));
        body.addAll(taskSection.blocks(tasks));
        body.addAll(movementSection.blocks(figures));
        body.addAll(facts.assessment(tasks, figures));
        body.addAll(facts.directions(tasks));
        body.add(Text.plain("Trên đây là báo cáo kết quả thực hiện " + context.planReference() + " " + period.vietnamese()
                + " của " + plan.issuer() + "./."));

        boolean party = plan.style() == DocumentStyle.PARTY;
        List<String> issuing = new ArrayList<>();
        if (plan.superiorBody() != null && !plan.superiorBody().isBlank()) {
            issuing.add(upper(plan.superiorBody()));
        }
        issuing.add(upper(plan.issuer()));
        List<String> motto = party ? List.of("ĐẢNG CỘNG SẢN VIỆT NAM")
                : List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
        List<String> subject = List.of("Kết quả thực hiện " + context.planReference(), period.vietnamese());
        List<String> signer = plan.signerTitle() == null ? List.of()
                : Arrays.stream(plan.signerTitle().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new ReportDocument(plan.style(), issuing, numberLine(plan), motto, ReportSentences.placeAndDate(plan.place(), asOf),
                "BÁO CÁO", subject, body, recipients(plan.recipients()), signer, plan.signerName() == null ? "" : plan.signerName(), asOf);
    }

    /** "Số     -BC/ĐU" (party) or "Số:     /BC-GDĐT" (state), the number left blank for the office. */
    static String numberLine(Plan plan) {
        if (plan.style() == DocumentStyle.PARTY) {
            Matcher m = PARTY_CODE.matcher(plan.code());
            return "Số" + BLANK_NUMBER + "-BC" + (m.matches() ? "/" + m.group(1) : "");
        }
        Matcher m = STATE_CODE.matcher(plan.code());
        return "Số:" + BLANK_NUMBER + "/BC" + (m.matches() ? "-" + m.group(1) : "");
    }

    private static String introduction(ReportContext c) {
        Plan plan = c.plan();
        String date = plan.issueDate() == null ? "" : " ngày " + ViFormat.date(plan.issueDate())
                + (plan.assumed().contains("issue_date") ? " (giả định)" : "");
        String title = plan.title() == null || plan.title().isBlank() ? "" : " " + about(plan.title());
        return "Thực hiện " + c.planReference() + date + " của " + plan.issuer() + title + " (sau đây gọi là " + c.planReference()
                + "), " + plan.issuer() + " báo cáo kết quả thực hiện " + c.period().vietnamese() + " như sau:";
    }

    /** A plan's title as it follows "Kế hoạch số ...": "Về tiếp tục ..." becomes "về tiếp tục ...", others get "về". */
    private static String about(String title) {
        String lower = Character.toLowerCase(title.charAt(0)) + title.substring(1);
        return Fold.foldPhrase(title).startsWith("ve ") ? lower : "về " + lower;
    }

    private static List<Block> reporting(ReportContext c, ReportFacts facts) {
        List<Block> out = new ArrayList<>();
        out.add(new Heading(1, "I. TÌNH HÌNH TRIỂN KHAI VÀ BÁO CÁO KẾT QUẢ THỰC HIỆN"));
        Map<String, Object> s = c.data().summary(c.planCode(), c.periodCode(), c.root()).orElse(Map.of());
        out.add(Text.plain("Hạn nộp báo cáo " + c.period().vietnamese() + " là ngày " + ViFormat.date(c.ref().due()) + ". "
                + Sentences.reporting("tính đến ngày " + ViFormat.date(c.asOf()), ReportData.asLong(s, "ky_vong"), ReportData.asLong(s, "da_nop"),
                ReportData.asLong(s, "dung_han"), ReportData.asLong(s, "tre_han"), ReportData.asLong(s, "chua_nop"))));
        List<Map<String, Object>> rows = c.data().reporting(c.planCode(), c.periodCode());
        List<String> missing = facts.missing(c.periodCode());
        if (!missing.isEmpty()) {
            out.add(Text.plain("Các đơn vị chưa nộp báo cáo (" + ViFormat.integer(missing.size()) + " đơn vị):"));
            List<String> names = c.unitNames(missing);
            names.stream().limit(ReportContext.LISTED_UNITS).forEach(name -> out.add(new Item("", name)));
            if (names.size() > ReportContext.LISTED_UNITS) {
                out.add(Text.plain(ReportContext.othersElsewhere(names.size(), ReportContext.LISTED_UNITS, "đơn vị",
                        "ở trang của kỳ trên trang web và trong tệp reporting (trạng thái chua_nop)")));
            }
        }
        List<Map<String, Object>> late = rows.stream()
                .filter(r -> ReportFacts.expected(r) && "tre_han".equals(r.get("trang_thai"))).toList();
        if (!late.isEmpty()) {
            out.add(Text.plain("Các đơn vị nộp báo cáo trễ hạn (" + ViFormat.integer(late.size()) + " đơn vị):"));
            vn.tonghop.vi.VietnameseOrder.sorted(late, r -> c.unitName((String) r.get("ma_don_vi")), (a, b) -> 0).stream()
                    .limit(ReportContext.LISTED_UNITS).forEach(r -> out.add(new Item(c.unitName((String) r.get("ma_don_vi")), "nộp ngày "
                            + ViFormat.date((LocalDate) r.get("ngay_nop")) + ", trễ " + ViFormat.integer(ReportData.asLong(r, "so_ngay_tre"))
                            + " ngày.")));
            if (late.size() > ReportContext.LISTED_UNITS) {
                out.add(Text.plain(ReportContext.othersElsewhere(late.size(), ReportContext.LISTED_UNITS, "đơn vị",
                        "ở trang của kỳ trên trang web và trong tệp reporting (trạng thái tre_han)")));
            }
        }
        List<String> unexpected = rows.stream().filter(r -> !ReportFacts.expected(r)).map(r -> (String) r.get("ma_don_vi")).toList();
        if (!unexpected.isEmpty()) {
            out.add(Text.plain("Ngoài ra, " + ViFormat.integer(unexpected.size()) + " đơn vị không thuộc đối tượng phải nộp báo cáo "
                    + "theo kế hoạch đã gửi báo cáo: " + ReportSentences.list(c.namedUnits(unexpected)) + "."));
        }
        return out;
    }

    /** "- Các đảng bộ, chi bộ trực thuộc," ... "- Lưu Văn phòng Đảng ủy." as the closing block lists them. */
    private static List<String> recipients(List<String> names) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            out.add("- " + names.get(i).strip() + (i == names.size() - 1 ? "." : ","));
        }
        return out;
    }

    private static String upper(String text) {
        return text.strip().toUpperCase(Locale.forLanguageTag("vi-VN"));
    }
}

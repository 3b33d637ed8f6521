package vn.tonghop.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tonghop.catalog.Period;
import vn.tonghop.documents.ReportDocument.Block;
import vn.tonghop.documents.ReportDocument.Heading;
import vn.tonghop.documents.ReportDocument.Item;
import vn.tonghop.documents.ReportDocument.Text;
import vn.tonghop.vi.ReportSentences;
import vn.tonghop.vi.ViFormat;

/**
 * Parts III and IV: headed placeholders the office writes, pre-filled with the facts from the numbers
 * that point to them: lagging tasks, overdue deliverables, indicators under target, units missing.
 */
final class ReportFacts {
    /** A task lags when fewer than this share of its expected reports are done for the period. */
    static final double LAGGING_BELOW = 0.5;

    private final ReportContext context;

    ReportFacts(ReportContext context) {
        this.context = context;
    }

    List<Block> assessment(List<TaskSection.TaskCounts> tasks, List<MovementSection.Figure> figures) {
        List<Block> out = new ArrayList<>();
        out.add(new Heading(1, "III. ĐÁNH GIÁ CHUNG"));
        out.add(new Text("(Văn phòng viết phần đánh giá chung: ưu điểm, hạn chế, khó khăn và nguyên nhân.)", true));
        out.add(Text.plain("Những điểm số liệu cho thấy cần đánh giá:"));
        List<Item> facts = new ArrayList<>();
        for (TaskSection.TaskCounts c : lagging(tasks)) {
            facts.add(new Item("", "Nhiệm vụ " + c.task().code() + " chậm tiến độ: tỷ lệ hoàn thành trong kỳ "
                    + ViFormat.percent(c.completion()) + " (dưới " + ViFormat.percent(LAGGING_BELOW) + ")."));
        }
        for (TaskSection.TaskCounts c : tasks) {
            long overdue = c.byProgress().get("qua_han");
            if (overdue > 0) {
                facts.add(new Item("", "Nhiệm vụ " + c.task().code() + " có " + ViFormat.integer(overdue)
                        + " đơn vị quá hạn chưa hoàn thành: " + ReportSentences.list(context.namedUnits(c.overdueUnits())) + "."));
            }
        }
        for (MovementSection.Figure f : figures) {
            Double reached = ReportData.asDouble(f.row(), "ty_le_dat");
            if (reached != null && reached < 1) {
                facts.add(new Item("", f.indicator().name() + ": đạt " + ViFormat.percent(reached) + " chỉ tiêu."));
            }
        }
        if (facts.isEmpty()) {
            facts.add(new Item("", "Không có nhiệm vụ chậm tiến độ, sản phẩm quá hạn hay chỉ tiêu chưa đạt."));
        }
        out.addAll(facts);
        return out;
    }

    List<Block> directions(List<TaskSection.TaskCounts> tasks) {
        List<Block> out = new ArrayList<>();
        out.add(new Heading(1, "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI"));
        out.add(new Text("(Văn phòng viết phương hướng, nhiệm vụ trọng tâm kỳ tới.)", true));
        out.add(Text.plain("Những việc số liệu cho thấy cần tập trung chỉ đạo, đôn đốc:"));
        List<Item> facts = new ArrayList<>();
        List<String> lagging = lagging(tasks).stream().map(c -> c.task().code()).toList();
        if (!lagging.isEmpty()) {
            facts.add(new Item("", "Đẩy nhanh tiến độ các nhiệm vụ chậm: " + ReportSentences.list(lagging) + "."));
        }
        List<String> missing = missing(context.periodCode());
        if (!missing.isEmpty()) {
            facts.add(new Item("", "Đôn đốc " + ViFormat.integer(missing.size()) + " đơn vị chưa nộp báo cáo "
                    + context.period().vietnamese() + " nộp bổ sung: " + ReportSentences.list(context.namedUnits(missing)) + "."));
        }
        context.data().previous(context.ref()).ifPresent(previous -> {
            Set<String> before = Set.copyOf(missing(previous.code()));
            List<String> twice = missing.stream().filter(before::contains).toList();
            String periods = Period.parse(previous.code()).orElseThrow().vietnamese() + " và " + context.period().vietnamese();
            facts.add(new Item("", twice.isEmpty() ? "Không có đơn vị nào chưa nộp báo cáo hai kỳ liên tiếp (" + periods + ")."
                    : ViFormat.integer(twice.size()) + " đơn vị chưa nộp báo cáo hai kỳ liên tiếp (" + periods + "): "
                    + ReportSentences.list(context.namedUnits(twice)) + "."));
        });
        if (facts.isEmpty()) {
            facts.add(new Item("", "Không có nhiệm vụ chậm tiến độ hay đơn vị chưa nộp báo cáo."));
        }
        out.addAll(facts);
        return out;
    }

    /** Leaf tasks under the threshold, in printed order. */
    static List<TaskSection.TaskCounts> lagging(List<TaskSection.TaskCounts> tasks) {
        return tasks.stream().filter(c -> c.task().isLeaf() && c.completion() != null && c.completion() < LAGGING_BELOW).toList();
    }

    /** Expected units that had not reported a period by the as-of date. */
    List<String> missing(String periodCode) {
        return context.data().reporting(context.planCode(), periodCode).stream()
                .filter(r -> Boolean.TRUE.equals(r.get("ky_vong")) && "chua_nop".equals(r.get("trang_thai")))
                .map(r -> (String) r.get("ma_don_vi")).collect(Collectors.toList());
    }

    static boolean expected(Map<String, Object> row) {
        return Boolean.TRUE.equals(row.get("ky_vong"));
    }
}

package vn.tonghop.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tonghop.catalog.Task;
import vn.tonghop.documents.ReportDocument.Block;
import vn.tonghop.documents.ReportDocument.Heading;
import vn.tonghop.documents.ReportDocument.Item;
import vn.tonghop.documents.ReportDocument.Table;
import vn.tonghop.documents.ReportDocument.Text;
import vn.tonghop.vi.Fold;
import vn.tonghop.vi.ReportSentences;
import vn.tonghop.vi.ViFormat;

/**
 * Part II.1: every task of the plan with its status across the units that report it (the published
 * {@code tasks} rows, the same the site counts), deliverables against their deadline, and the units'
 * notes under each task, attributed, with identical notes merged and none left out.
 */
final class TaskSection {
    static final List<String> STATUSES = List.of("hoan_thanh", "dang_thuc_hien", "chua_thuc_hien", "khong_bao_cao");

    /** The counts of one task over its rows of the period. */
    record TaskCounts(Task task, long reports, Map<String, Long> byStatus, long doneForPeriod, Map<String, Long> byProgress,
                      List<String> overdueUnits) {
        Double completion() {
            return reports == 0 ? null : (double) doneForPeriod / reports;
        }
    }

    private final ReportContext context;
    /** The period's rows by task code: each task's counts and notes read only its own rows. */
    private final Map<String, List<Map<String, Object>>> rowsByTask;

    TaskSection(ReportContext context) {
        this.context = context;
        this.rowsByTask = new java.util.HashMap<>();
        context.data().tasks(context.planCode(), context.periodCode())
                .forEach(r -> rowsByTask.computeIfAbsent((String) r.get("ma_muc"), k -> new ArrayList<>()).add(r));
    }

    /** Counts of every task that has rows in the period, in the plan's printed order. */
    List<TaskCounts> counts() {
        List<TaskCounts> out = new ArrayList<>();
        context.plan().allTasks().forEach(task -> {
            List<Map<String, Object>> mine = rowsByTask.getOrDefault(task.code(), List.of());
            if (mine.isEmpty()) {
                return;
            }
            Map<String, Long> byStatus = new LinkedHashMap<>();
            STATUSES.forEach(s -> byStatus.put(s, mine.stream().filter(r -> s.equals(r.get("trang_thai"))).count()));
            Map<String, Long> byProgress = new LinkedHashMap<>();
            for (String p : List.of("dung_han", "tre_han", "qua_han", "chua_den_han")) {
                byProgress.put(p, mine.stream().filter(r -> p.equals(r.get("tien_do_han"))).count());
            }
            List<String> overdue = mine.stream().filter(r -> "qua_han".equals(r.get("tien_do_han")))
                    .map(r -> (String) r.get("ma_don_vi")).toList();
            out.add(new TaskCounts(task, mine.size(), byStatus,
                    mine.stream().filter(r -> Boolean.TRUE.equals(r.get("hoan_thanh_ky"))).count(), byProgress, overdue));
        });
        return out;
    }

    List<Block> blocks(List<TaskCounts> counts) {
        List<Block> out = new ArrayList<>();
        out.add(new Heading(2, "1. Kết quả thực hiện các nhiệm vụ"));
        out.add(Text.plain("Tình hình thực hiện từng nhiệm vụ của " + context.planReference() + " tại các đơn vị phải báo cáo "
                + "(nhiệm vụ ghi theo mã trong danh mục; nội dung đầy đủ ở phần dưới bảng):"));
        out.add(table(counts));
        for (TaskCounts c : counts) {
            out.addAll(taskBlocks(c));
        }
        return out;
    }

    private static Table table(List<TaskCounts> counts) {
        List<List<String>> rows = counts.stream().map(c -> List.of(c.task().code(), n(c.reports()),
                n(c.byStatus().get("hoan_thanh")), n(c.byStatus().get("dang_thuc_hien")), n(c.byStatus().get("chua_thuc_hien")),
                n(c.byStatus().get("khong_bao_cao")), ViFormat.percent(c.completion()))).toList();
        return new Table(List.of("Nhiệm vụ", "Số đơn vị báo cáo", "Hoàn thành", "Đang thực hiện", "Chưa thực hiện", "Không báo cáo",
                "Tỷ lệ hoàn thành trong kỳ"), rows, List.of(14, 14, 14, 14, 14, 14, 16),
                List.of(false, true, true, true, true, true, true));
    }

    private List<Block> taskBlocks(TaskCounts c) {
        Task task = c.task();
        List<Block> out = new ArrayList<>();
        // a top-level group is a section of the plan ("III. NHIỆM VỤ TRỌNG TÂM"): named so, not to read as one of ours
        boolean section = !task.isLeaf() && context.plan().tasks().contains(task);
        out.add(new Heading(3, (section ? "Nhóm nhiệm vụ " + task.code() + ": " : task.code() + ". ") + task.text()));
        out.add(Text.plain(ReportSentences.taskStatus(c.reports(), c.byStatus().get("hoan_thanh"), c.byStatus().get("dang_thuc_hien"),
                c.byStatus().get("chua_thuc_hien"), c.byStatus().get("khong_bao_cao"), c.doneForPeriod())));
        if (task.ongoing()) {
            out.add(new Text("Nhiệm vụ thường xuyên: đơn vị báo cáo đang thực hiện được tính là hoàn thành trong kỳ.", false));
        }
        if (task.deadline() != null) {
            out.add(Text.plain(ReportSentences.deliverable(task.deadline(), task.assumed().contains("deadline") ? " (giả định)" : null,
                    c.byProgress().get("dung_han"), c.byProgress().get("tre_han"), c.byProgress().get("qua_han"),
                    c.byProgress().get("chua_den_han"), context.namedUnits(c.overdueUnits()))));
        }
        int[] distinct = {0};
        List<Item> notes = notes(task, distinct);
        if (!notes.isEmpty()) {
            out.add(Text.plain("Kết quả cụ thể các đơn vị báo cáo:"));
            out.addAll(notes);
        }
        if (distinct[0] > notes.size()) {
            out.add(Text.plain(ReportContext.othersElsewhere(distinct[0], notes.size(), "ghi chú",
                    "trong tệp tasks (cột ghi_chu) ở trang Tải dữ liệu của trang web; ở trên là những ghi chú nhiều đơn vị cùng nêu nhất")));
        }
        return out;
    }

    /**
     * The units' notes on a task; the same note (ignoring case, spaces and diacritics) from several units
     * is printed once. {@code distinct[0]} gets how many different notes there are, shown or not.
     */
    List<Item> notes(Task task, int[] distinct) {
        Map<String, String> textByKey = new LinkedHashMap<>();
        Map<String, List<String>> unitsByKey = new LinkedHashMap<>();
        List<Map<String, Object>> rows = rowsByTask.getOrDefault(task.code(), List.of()).stream()
                .filter(r -> r.get("ghi_chu") != null && !((String) r.get("ghi_chu")).isBlank())
                .toList();
        Map<String, String> keyOfNote = new java.util.HashMap<>(); // many units write the very same words
        for (Map<String, Object> r : rows) {
            String note = Fold.nfc(((String) r.get("ghi_chu")).strip());
            String key = keyOfNote.computeIfAbsent(note, Fold::fold);
            textByKey.putIfAbsent(key, note);
            unitsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add((String) r.get("ma_don_vi"));
        }
        // past NOTES_PER_TASK, the notes the most units share are kept and the others counted
        List<String> keys = new ArrayList<>(unitsByKey.keySet());
        distinct[0] = keys.size();
        if (keys.size() > ReportContext.NOTES_PER_TASK) {
            keys.sort(java.util.Comparator.comparing((String k) -> -unitsByKey.get(k).size()));
            keys = keys.subList(0, ReportContext.NOTES_PER_TASK);
        }
        List<Item> out = new ArrayList<>();
        keys.forEach(key -> out.add(new Item(ReportSentences.list(context.namedUnits(unitsByKey.get(key))), textByKey.get(key))));
        // by the first unit's name, so a reader finds a unit where the alphabet puts it
        out.sort(java.util.Comparator.comparing(Item::who, vn.tonghop.vi.VietnameseOrder.texts())
                .thenComparing(Item::text));
        return out;
    }

    static String n(long value) {
        return ViFormat.integer(value);
    }
}

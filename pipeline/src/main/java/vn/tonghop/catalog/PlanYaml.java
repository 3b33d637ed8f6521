package vn.tonghop.catalog;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import vn.tonghop.vi.Fold;

/** Reads one plans/*.yaml file into a {@link Plan}; cross references are checked by {@link CatalogLoader}. */
final class PlanYaml {
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern ITEM_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private PlanYaml() {
    }

    static Plan read(YamlNode root) {
        String slug = root.text("slug");
        if (!slug.isEmpty() && !SLUG.matcher(slug).matches()) {
            root.problem("slug", "'" + slug + "' không hợp lệ: chỉ chữ thường a-z, số và '-'");
        }
        Set<String> assumed = root.textSet("assumed");
        YamlNode reportersNode = root.child("reporters");
        ReporterRule reporters = reportersNode == null ? new ReporterRule("", List.of())
                : new ReporterRule(reportersNode.text("subtree"), nfc(reportersNode.texts("kinds")));
        if (reportersNode != null && reporters.kinds().isEmpty()) {
            reportersNode.problem("kinds", "cần ít nhất một loại đơn vị phải báo cáo");
        }
        List<Task> tasks = root.list("tasks", PlanYaml::task).stream().map(t -> inheritUnits(t, List.of(), List.of())).toList();
        if (tasks.isEmpty()) {
            root.problem("tasks", "kế hoạch chưa có nhiệm vụ nào");
        }
        checkTaskCodes(tasks, root);
        return new Plan(Fold.nfc(root.text("code")), slug, Fold.nfc(root.text("title")), Fold.nfc(root.text("issuer")),
                root.text("issuer_unit"), Fold.nfc(root.optionalText("superior_body")),
                root.enumValue("style", DocumentStyle.class, DocumentStyle.STATE), Fold.nfc(root.optionalText("place")),
                root.date("issue_date", true), Fold.nfc(root.optionalText("signer_title")),
                Fold.nfc(root.optionalText("signer_name")), nfc(root.texts("recipients")), nfc(root.texts("implements")),
                root.date("valid_from", true), root.date("valid_to", false), reporters, calendar(root),
                indicatorYears(root), assumed, tasks);
    }

    private static ReportingCalendar calendar(YamlNode root) {
        YamlNode node = root.child("calendar");
        if (node == null) {
            return new ReportingCalendar(false, List.of());
        }
        List<CalendarEntry> entries = node.list("periods", entry -> {
            String typeText = entry.text("type");
            PeriodType type = PeriodType.fromCatalog(typeText).orElse(null);
            if (type == null && !typeText.isEmpty()) {
                entry.problem("type", "loại kỳ '" + typeText + "' không hợp lệ, cần year, H1, H2, quarter, month, mid_review hoặc final_review");
            }
            String dueText = entry.text("due");
            DueRule due = DueRule.parse(dueText).orElse(null);
            if (due == null && !dueText.isEmpty()) {
                entry.problem("due", "không hiểu hạn nộp '" + dueText
                        + "' (ví dụ: 'trước ngày 01/05', 'ngày 20/06 năm sau', '15 ngày sau kỳ')");
            }
            return type == null || due == null ? null : new CalendarEntry(type, due);
        });
        if (entries.isEmpty()) {
            node.problem("periods", "lịch báo cáo cần ít nhất một loại kỳ");
        }
        Set<PeriodType> seen = new HashSet<>();
        entries.stream().filter(e -> !seen.add(e.type()))
                .forEach(e -> node.problem("periods", "loại kỳ " + e.type().catalogName() + " khai báo hai lần"));
        return new ReportingCalendar(node.flag("shift_off_holidays"), entries);
    }

    private static Map<String, Set<Integer>> indicatorYears(YamlNode root) {
        Map<String, Set<Integer>> years = new LinkedHashMap<>();
        root.list("indicators", node -> {
            String code = node.text("code");
            Set<Integer> set = new TreeSet<>();
            for (String y : node.texts("years")) {
                try {
                    set.add(Integer.parseInt(y));
                } catch (NumberFormatException e) {
                    node.problem("years", "năm '" + y + "' không hợp lệ");
                }
            }
            if (set.isEmpty()) {
                node.problem("years", "cần ít nhất một năm");
            }
            if (years.putIfAbsent(code, set) != null) {
                node.problem("code", "chỉ tiêu " + code + " khai báo hai lần");
            }
            return code;
        });
        return years;
    }

    private static Task task(YamlNode node) {
        String code = node.text("code");
        if (!code.isEmpty() && !ITEM_CODE.matcher(code).matches()) {
            node.problem("code", "mã nhiệm vụ '" + code + "' không hợp lệ (chỉ chữ, số, '.', '_' và '-')");
        }
        return new Task(code, node.optionalText("label") == null ? "" : node.optionalText("label"),
                Fold.nfc(node.text("text")), node.flag("ongoing"), node.texts("lead"), node.texts("coordinate"),
                node.date("deadline", false), node.textSet("assumed"), node.list("children", PlanYaml::task));
    }

    /**
     * Plans name lead and coordinating units on a numbered task and list its bullets below it:
     * a task without its own lead or coordinating units takes its parent's.
     */
    private static Task inheritUnits(Task t, List<String> parentLead, List<String> parentCoordinate) {
        List<String> lead = t.lead().isEmpty() ? parentLead : t.lead();
        List<String> coordinate = t.coordinate().isEmpty() ? parentCoordinate : t.coordinate();
        List<Task> children = t.children().stream().map(c -> inheritUnits(c, lead, coordinate)).toList();
        return new Task(t.code(), t.label(), t.text(), t.ongoing(), lead, coordinate, t.deadline(), t.assumed(), children);
    }

    private static void checkTaskCodes(List<Task> tasks, YamlNode root) {
        Set<String> seen = new HashSet<>();
        tasks.stream().flatMap(Task::flatten).forEach(t -> {
            if (!seen.add(Fold.fold(t.code()))) {
                root.problem("tasks", "mã nhiệm vụ " + t.code() + " bị trùng trong kế hoạch");
            }
        });
    }

    private static List<String> nfc(List<String> texts) {
        return texts.stream().map(Fold::nfc).toList();
    }
}

package vn.tonghop.planimport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Draft} in the catalog's plan format: the keys PlanYaml reads, in the order of the
 * hand-written plans, every text quoted, empty strings where the text says nothing; then, under
 * {@code import:} (ignored by the catalog loader), the source, the text kept as printed, the draft
 * indicators, the lines not placed and the findings. Tasks carry their own {@code import:} notes
 * (input lines, unit names as printed, the deadline phrase).
 */
final class DraftYaml {
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .build());

    private DraftYaml() {
    }

    static String write(Draft d) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("code", d.code);
        root.put("slug", d.slug);
        root.put("title", d.title);
        root.put("issuer", d.issuer);
        root.put("issuer_unit", d.issuerUnit);
        root.put("superior_body", d.superiorBody);
        root.put("style", d.style);
        root.put("place", d.place);
        root.put("issue_date", date(d.issueDate));
        root.put("signer_title", d.signerTitle);
        root.put("signer_name", d.signerName);
        root.put("recipients", d.recipients);
        root.put("implements", d.implementsDocs);
        root.put("valid_from", date(d.validFrom));
        root.put("valid_to", date(d.validTo));
        Map<String, Object> reporters = new LinkedHashMap<>();
        reporters.put("subtree", d.reportersSubtree);
        reporters.put("kinds", d.reportersKinds);
        root.put("reporters", reporters);
        Map<String, Object> calendar = new LinkedHashMap<>();
        calendar.put("shift_off_holidays", d.shiftOffHolidays);
        List<Object> periods = new ArrayList<>();
        for (CalendarText.Entry e : d.calendar) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("type", e.type().catalogName());
            p.put("due", e.due());
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("text", e.phrase());
            if (!e.note().isEmpty()) {
                source.put("note", e.note());
            }
            p.put("import", source);
            periods.add(p);
        }
        calendar.put("periods", periods);
        root.put("calendar", calendar);
        root.put("indicators", List.of());
        root.put("assumed", new ArrayList<>(d.assumed));
        root.put("tasks", d.tasks.stream().map(DraftYaml::task).toList());
        root.put("import", importNotes(d));
        try {
            return header(d) + YAML.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String header(Draft d) {
        long checks = d.findings.stream().filter(f -> f.level() == Finding.Level.CHECK).count();
        return "# Bản nháp kế hoạch do “tonghop import-plan” lập từ " + d.sourceName + " (" + d.lineCount + " dòng).\n"
                + "# Cần người kiểm tra trước khi đặt vào data/catalog/plans/" + (d.slug.isEmpty() ? "<slug>" : d.slug) + ".yaml: "
                + checks + " điểm cần kiểm tra (import.findings).\n"
                + "# Trường để trống là văn bản không ghi; “assumed” liệt kê các trường suy đoán hoặc còn thiếu.\n"
                + "# Các khóa “import:” chỉ để đối chiếu với văn bản gốc; trình nạp danh mục bỏ qua chúng.\n";
    }

    static Map<String, Object> task(Node n) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("code", n.code);
        t.put("label", n.label());
        t.put("text", n.text);
        if (n.ongoing) {
            t.put("ongoing", true);
        }
        if (!n.lead.isEmpty()) {
            t.put("lead", n.lead);
        }
        if (!n.coordinate.isEmpty()) {
            t.put("coordinate", n.coordinate);
        }
        if (n.deadline != null) {
            t.put("deadline", n.deadline.toString());
        }
        if (!n.assumed.isEmpty()) {
            t.put("assumed", new ArrayList<>(n.assumed));
        }
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("lines", n.lines);
        if (!n.leadNames.isEmpty()) {
            source.put("lead_names", n.leadNames);
        }
        if (!n.coordinateNames.isEmpty()) {
            source.put("coordinate_names", n.coordinateNames);
        }
        if (!n.addressees.isEmpty()) {
            source.put("addressees", n.addressees);
        }
        if (!n.deadlineText.isEmpty()) {
            source.put("deadline_text", n.deadlineText);
        }
        t.put("import", source);
        if (!n.children.isEmpty()) {
            t.put("children", n.children.stream().map(DraftYaml::task).toList());
        }
        return t;
    }

    private static Map<String, Object> importNotes(Draft d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", d.sourceName);
        m.put("format", d.format);
        m.put("lines", d.lineCount);
        m.put("document_type", d.documentType);
        m.put("header", notes(d.header));
        m.put("preamble", notes(d.preamble));
        m.put("objectives", d.objectives.stream().map(DraftYaml::task).toList());
        m.put("reporting", notes(d.reporting));
        m.put("closing", notes(d.closing));
        m.put("duplicates", notes(d.duplicates));
        List<Object> indicators = new ArrayList<>();
        for (DraftIndicator i : d.indicators) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("code", i.code());
            x.put("name", i.name());
            x.put("unit", i.unit());
            x.put("value_type", i.valueType());
            x.put("across_units", i.acrossUnits());
            x.put("over_time", i.overTime());
            Map<String, Object> target = new LinkedHashMap<>();
            if (i.perUnit()) {
                target.put("per_unit", number(i.target()));
                target.put("kinds", i.kinds());
            } else {
                target.put("absolute", number(i.target()));
            }
            x.put("target", target);
            x.put("at_least", i.atLeast());
            if (!i.suggestedCode().isEmpty()) {
                x.put("suggested_code", i.suggestedCode());
                x.put("suggested_name", i.suggestedName());
            }
            x.put("task", i.taskCode());
            x.put("lines", i.lines());
            x.put("sentence", i.sentence());
            x.put("assumed", i.assumed());
            indicators.add(x);
        }
        m.put("indicators", indicators);
        List<Object> unplaced = new ArrayList<>();
        for (SourceNote n : d.unplaced) {
            Map<String, Object> u = new LinkedHashMap<>();
            u.put("line", n.lines().get(0));
            u.put("text", n.text());
            unplaced.add(u);
        }
        m.put("unplaced", unplaced);
        List<Object> findings = new ArrayList<>();
        for (Finding f : d.findings) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("level", f.level().vietnamese());
            x.put("lines", f.lines());
            x.put("message", f.message());
            findings.add(x);
        }
        m.put("findings", findings);
        return m;
    }

    private static List<Object> notes(List<SourceNote> notes) {
        List<Object> out = new ArrayList<>();
        for (SourceNote n : notes) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("lines", n.lines());
            x.put("field", n.field());
            x.put("text", n.text());
            out.add(x);
        }
        return out;
    }

    private static Object number(double v) {
        return v == Math.rint(v) ? (Object) (long) v : (Object) v;
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}

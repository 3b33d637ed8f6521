package vn.tonghop.planimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The draft plan read from one document: the catalog's plan fields (empty where the text does not say),
 * the task tree, and everything a person needs to check it: where every input line went, what could not
 * be placed or resolved ({@link #findings()}), and the text kept as printed. {@link #yaml()} writes it in
 * the catalog's plan format; {@link #report()} is the Vietnamese report the command prints.
 */
public final class Draft {
    String sourceName = "";
    String format = "";
    int lineCount;
    String documentType = "";
    String code = "";
    String slug = "";
    String title = "";
    String issuer = "";
    String issuerUnit = "";
    String superiorBody = "";
    String style = "";
    String place = "";
    LocalDate issueDate;
    String signerTitle = "";
    String signerName = "";
    List<String> recipients = new ArrayList<>();
    List<String> implementsDocs = new ArrayList<>();
    LocalDate validFrom;
    LocalDate validTo;
    String reportersSubtree = "";
    List<String> reportersKinds = new ArrayList<>();
    boolean shiftOffHolidays;
    List<CalendarText.Entry> calendar = new ArrayList<>();
    final Set<String> assumed = new LinkedHashSet<>();
    List<Node> tasks = new ArrayList<>();
    List<Node> objectives = new ArrayList<>();
    List<SourceNote> header = new ArrayList<>();
    List<SourceNote> preamble = new ArrayList<>();
    List<SourceNote> reporting = new ArrayList<>();
    List<SourceNote> closing = new ArrayList<>();
    List<SourceNote> duplicates = new ArrayList<>();
    List<SourceNote> unplaced = new ArrayList<>();
    List<DraftIndicator> indicators = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();
    final Map<Integer, String> placement = new TreeMap<>();

    Draft() {
    }

    public String slug() {
        return slug;
    }

    public String code() {
        return code;
    }

    public String sourceName() {
        return sourceName;
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    /** True when something needs a person's check: a line not placed, a name not resolved, a field not read. */
    public boolean needsCheck() {
        return findings.stream().anyMatch(f -> f.level() == Finding.Level.CHECK);
    }

    /** Where each non-blank input line went ("nhiệm vụ NV1.2", "đầu văn bản: số hiệu", "chưa xếp"...). */
    public Map<Integer, String> placement() {
        return java.util.Collections.unmodifiableMap(placement);
    }

    /** The draft in the catalog's plan format (plans/&lt;slug&gt;.yaml), with the import notes under {@code import:}. */
    public String yaml() {
        return DraftYaml.write(this);
    }

    /** The Vietnamese report: what was read, and what a person must check (line numbers and text). */
    public String report() {
        return ImportReport.text(this);
    }

    List<Node> allTasks() {
        List<Node> out = new ArrayList<>();
        tasks.forEach(t -> out.addAll(t.flatten()));
        return out;
    }
}

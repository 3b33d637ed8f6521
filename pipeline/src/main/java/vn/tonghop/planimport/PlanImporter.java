package vn.tonghop.planimport;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.Indicator;
import vn.tonghop.catalog.Movement;
import vn.tonghop.catalog.PeriodType;
import vn.tonghop.catalog.UnitTree;

/**
 * Reads a plan document (.txt or .docx) into a {@link Draft} for a person to check: header, sections and
 * task tree with each task's full text, lead and coordinating units (names as printed, codes where they
 * match units.csv), deadlines, the reporting calendar, and targets as draft indicators. Every input line
 * ends up somewhere in the draft; whatever could not be placed, resolved or read is a {@link Finding}.
 */
public final class PlanImporter {
    private static final Pattern TITLE_RANGE = Pattern.compile("\\b(?:giai doan\\s+)?(\\d{4})\\s*-\\s*(\\d{4})\\b");
    private static final Pattern TITLE_YEAR = Pattern.compile("\\bnam (\\d{4})\\b");
    private static final Pattern PARTY_ISSUER = Pattern.compile("^(dang uy|dang bo|chi bo|chi uy|thanh uy|tinh uy|huyen uy|quan uy|ban (thuong vu|chap hanh|to chuc|tuyen giao|dan van|kiem tra)\\b)");

    private final UnitNames units;
    private final Assignments assignments;
    private final List<Movement> movements;

    private PlanImporter(UnitTree units, List<Movement> movements) {
        this.units = new UnitNames(units);
        this.assignments = new Assignments(this.units);
        this.movements = movements;
    }

    /** Imports a plan, matching unit names against {@code units}. */
    public static Draft importFile(Path file, UnitTree units) {
        return new PlanImporter(units, List.of()).read(SourceText.read(file));
    }

    /** Imports a plan against a loaded catalog: units, and indicators the targets may already be. */
    public static Draft importFile(Path file, Catalog catalog) {
        return new PlanImporter(catalog.units(), catalog.movements()).read(SourceText.read(file));
    }

    static Draft importLines(String name, List<String> lines, UnitTree units, List<Movement> movements) {
        return new PlanImporter(units, movements).read(new SourceText(name, "txt", lines));
    }

    private Draft read(SourceText source) {
        Draft d = new Draft();
        d.sourceName = source.name();
        d.format = source.format();
        d.lineCount = source.lines().size();
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < source.lines().size(); i++) {
            lines.add(Line.of(i + 1, source.lines().get(i)));
        }
        lines.stream().filter(l -> !l.removed().isEmpty() && !l.noise())
                .forEach(l -> d.findings.add(Finding.note(List.of(l.number()), "đã bỏ " + String.join(", ", l.removed())
                        + " khỏi dòng: “" + l.raw().strip() + "”")));
        Paragraphs.Result split = Paragraphs.split(lines);
        for (Paragraphs.Join j : split.joins()) {
            d.findings.add(Finding.note(List.of(j.paragraphLine(), j.line()), "dòng " + j.line() + " nối tiếp đoạn bắt đầu ở dòng "
                    + j.paragraphLine() + " (câu bị ngắt dòng" + (j.acrossBlank() ? ", có dòng trống xen giữa" : "") + ")"));
        }
        List<Paragraph> paragraphs = split.paragraphs();
        int bodyStart = bodyStart(paragraphs);
        int closingStart = paragraphs.size();
        for (int i = bodyStart; i < paragraphs.size(); i++) {
            if (Closing.startsClosing(paragraphs.get(i))) {
                closingStart = i;
                break;
            }
        }
        Header header = HeaderParser.parse(paragraphs.subList(0, bodyStart));
        Outline.Result outline = Outline.build(paragraphs.subList(bodyStart, closingStart));
        Closing closing = Closing.parse(paragraphs.subList(closingStart, paragraphs.size()));
        d.findings.addAll(header.findings());
        d.findings.addAll(outline.findings());
        d.findings.addAll(closing.findings());

        readHeader(d, header, closing);
        d.tasks = new ArrayList<>(outline.root().children);
        d.objectives = outline.objectives();
        d.duplicates = outline.duplicates();
        d.header = new ArrayList<>(header.notes());
        d.preamble = header.preamble();
        d.closing = new ArrayList<>(closing.notes());

        Integer planYear = d.validFrom != null ? Integer.valueOf(d.validFrom.getYear())
                : d.issueDate != null ? Integer.valueOf(d.issueDate.getYear()) : null;
        readCalendar(d);
        readTasks(d, planYear);
        readReporters(d);
        readIndicators(d);
        place(d, lines, split.noise(), header, closing, paragraphs, bodyStart, closingStart);
        checkHeader(d);
        return d;
    }

    /** The first Roman-numbered section; in a plan without one, the first numbered item after the header. */
    private static int bodyStart(List<Paragraph> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).marker().kind() == Marker.Kind.ROMAN) {
                return i;
            }
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            Marker.Kind k = paragraphs.get(i).marker().kind();
            if (k == Marker.Kind.NUMBER || k == Marker.Kind.MULTI) {
                return i;
            }
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            if (Folded.sameLength(paragraphs.get(i).text()).strip().endsWith("nhu sau:")) {
                return i + 1;
            }
        }
        return paragraphs.size();
    }

    private void readHeader(Draft d, Header h, Closing c) {
        d.documentType = h.documentType();
        d.code = h.code();
        d.title = capitalise(h.title());
        d.place = h.place();
        d.issueDate = h.issueDate();
        d.implementsDocs = new ArrayList<>(h.implementsDocs());
        d.signerTitle = c.signerTitle();
        d.signerName = c.signerName();
        d.recipients = new ArrayList<>(c.recipients());
        if (c.signerTitleRepaired()) {
            d.assumed.add("signer_title");
        }
        // the issuer: as named in the preamble (mixed case), else the capital line of the header block
        String named = !h.issuerFromPreamble().isEmpty() ? h.issuerFromPreamble() : h.issuerPrinted();
        d.issuer = named;
        UnitNames.Resolution issuer = null;
        for (String candidate : List.of(h.issuerPrinted(), h.issuerFromPreamble())) {
            if (!candidate.isEmpty()) {
                UnitNames.Resolution r = units.resolve(candidate);
                if (r.resolved() && (issuer == null || r.status() == UnitNames.Status.EXACT)) {
                    issuer = r;
                }
            }
        }
        if (issuer != null) {
            d.issuerUnit = issuer.code();
            if (issuer.status() == UnitNames.Status.CLOSE) {
                d.assumed.add("issuer_unit");
                d.findings.add(Finding.check(List.of(), "cơ quan ban hành “" + issuer.name() + "” khớp gần đúng với đơn vị "
                        + issuer.code() + " (" + issuer.unitName() + ") trong units.csv; kiểm tra issuer_unit"));
            }
        } else if (!named.isEmpty()) {
            d.findings.add(Finding.check(List.of(), "cơ quan ban hành “" + named + "” không khớp đơn vị nào trong units.csv; điền issuer_unit"));
        }
        if (!h.superiorPrinted().isEmpty()) {
            UnitNames.Resolution r = units.resolve(h.superiorPrinted());
            d.superiorBody = r.resolved() ? r.unitName() : h.superiorPrinted();
        }
        // validity from the title's years
        String t = Folded.sameLength(d.title);
        Matcher range = TITLE_RANGE.matcher(t);
        Matcher year = TITLE_YEAR.matcher(t);
        if (range.find() && Integer.parseInt(range.group(1)) <= Integer.parseInt(range.group(2))) {
            d.validFrom = LocalDate.of(Integer.parseInt(range.group(1)), 1, 1);
            d.validTo = LocalDate.of(Integer.parseInt(range.group(2)) + 1, 1, 1);
            d.assumed.add("valid_from");
            d.assumed.add("valid_to");
            d.findings.add(Finding.note(List.of(), "hiệu lực lấy theo giai đoạn ghi ở tiêu đề: từ " + d.validFrom + " đến trước " + d.validTo));
        } else if (year.find() && !t.contains("nam hoc")) {
            int y = Integer.parseInt(year.group(1));
            d.validFrom = LocalDate.of(y, 1, 1);
            d.validTo = LocalDate.of(y + 1, 1, 1);
            d.assumed.add("valid_from");
            d.assumed.add("valid_to");
            d.findings.add(Finding.note(List.of(), "hiệu lực lấy theo năm ghi ở tiêu đề: năm " + y));
        } else if (d.issueDate != null) {
            d.validFrom = d.issueDate;
            d.assumed.add("valid_from");
            d.findings.add(Finding.check(List.of(), "tiêu đề không ghi năm hay giai đoạn; hiệu lực tạm tính từ ngày ban hành "
                    + d.issueDate + ", không có ngày kết thúc"));
        }
        // style: from the motto, the shape of the code, or the issuer
        if (!h.styleHint().isEmpty()) {
            d.style = h.styleHint();
        } else if (d.code.matches("\\d+[a-z]?-[^/]+/.+")) {
            d.style = "party";
        } else if (d.code.matches("\\d+[a-z]?/[^-]+-.+")) {
            d.style = "state";
        } else {
            d.style = PARTY_ISSUER.matcher(Folded.words(named)).find() ? "party" : "state";
            d.assumed.add("style");
        }
        // slug: from the code, else issuer unit and year, else the file name
        if (!d.code.isEmpty()) {
            d.slug = slugOf(d.code);
        } else {
            String suffix = d.validFrom != null ? "-" + d.validFrom.getYear() : d.issueDate != null ? "-" + d.issueDate.getYear() : "";
            d.slug = !d.issuerUnit.isEmpty() ? slugOf(d.issuerUnit + suffix) : slugOf(d.sourceName.replaceFirst("\\.[^.]+$", ""));
            d.assumed.add("slug");
        }
    }

    static String slugOf(String text) {
        String s = Folded.words(text).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "ke-hoach" : s;
    }

    private void readCalendar(Draft d) {
        Map<PeriodType, CalendarText.Entry> byType = new LinkedHashMap<>();
        boolean shift = false;
        List<Node> sources = new ArrayList<>();
        d.objectives.forEach(o -> sources.addAll(o.flatten()));
        d.tasks.forEach(t -> sources.addAll(t.flatten()));
        List<Node> calendarParagraphs = new ArrayList<>();
        for (Node n : sources) {
            CalendarText.Result r = CalendarText.find(n.ownText());
            if (r.entries().isEmpty()) {
                continue;
            }
            shift |= r.shiftOffHolidays();
            if (n.children.isEmpty() && !n.isSection && r.mostlyCalendar(n.ownText())) {
                calendarParagraphs.add(n);
            }
            for (String due : r.unpaired()) {
                d.findings.add(Finding.check(n.lines, "hạn nộp “" + due + "” không rõ thuộc kỳ báo cáo nào: “" + n.ownText() + "”"));
            }
            for (CalendarText.Entry e : r.entries()) {
                CalendarText.Entry before = byType.get(e.type());
                if (before == null || before.due().isEmpty() && !e.due().isEmpty()) {
                    byType.put(e.type(), e);
                } else if (!e.due().isEmpty() && !e.due().equals(before.due())) {
                    d.findings.add(Finding.check(n.lines, "kỳ báo cáo " + e.type().vietnamese() + " có hai hạn nộp: “" + before.due()
                            + "” và “" + e.due() + "”; giữ hạn đầu"));
                }
                d.findings.add(Finding.note(n.lines, "lịch báo cáo: " + e.type().vietnamese()
                        + (e.due().isEmpty() ? "" : ", hạn " + e.due()) + (e.note().isEmpty() ? "" : " (" + e.note() + ")")));
            }
        }
        for (Node n : calendarParagraphs) {
            n.parent.children.remove(n);
            d.reporting.add(new SourceNote(n.lines, n.label().isEmpty() ? n.text : n.label() + " " + n.text, "lịch báo cáo"));
            d.findings.add(Finding.note(n.lines, "đoạn nói về chế độ báo cáo, đọc vào lịch báo cáo (calendar), không tạo nhiệm vụ"));
        }
        d.calendar = new ArrayList<>(byType.values());
        d.shiftOffHolidays = shift;
        if (d.calendar.isEmpty()) {
            d.assumed.add("calendar");
            d.findings.add(Finding.check(List.of(), "văn bản không nêu lịch báo cáo (định kỳ 6 tháng, năm...); cần điền calendar.periods"));
        } else {
            for (CalendarText.Entry e : d.calendar) {
                if (e.due().isEmpty()) {
                    d.assumed.add("calendar");
                    d.findings.add(Finding.check(List.of(), "kỳ báo cáo " + e.type().vietnamese() + (e.note().isEmpty() ? "" : " (" + e.note() + ")")
                            + " chưa có hạn nộp trong văn bản; cần điền due"));
                }
            }
            if (!shift) {
                d.assumed.add("calendar.shift_off_holidays");
            }
        }
    }

    private void readTasks(Draft d, Integer planYear) {
        for (Node n : d.allTasks()) {
            Assignments.Found found = assignments.explicit(n.ownText());
            if (found.lead().isEmpty() && found.addressees().isEmpty() && !n.isSection) {
                Assignments.Found subject = assignments.subject(n.ownText());
                if (!subject.isEmpty()) {
                    found = new Assignments.Found(subject.lead(), found.coordinate(), subject.addressees(), "subject");
                }
            }
            n.leadNames.addAll(found.lead());
            n.coordinateNames.addAll(found.coordinate());
            n.addressees.addAll(found.addressees());
            resolve(d, n, found.lead(), n.lead, "lead", "chủ trì");
            resolve(d, n, found.coordinate(), n.coordinate, "coordinate", "phối hợp");
            for (String a : found.addressees()) {
                GroupKinds.Result kinds = GroupKinds.of(a, units);
                d.findings.add(Finding.note(n.lines, "nhiệm vụ " + n.code + " giao cho nhóm đơn vị “" + a + "”"
                        + (kinds.kinds().isEmpty() ? "" : " (loại: " + String.join(", ", kinds.kinds()) + ")")));
            }
            readDeadline(d, n, planYear);
        }
    }

    private void resolve(Draft d, Node n, List<String> names, List<String> codes, String field, String role) {
        for (String name : names) {
            UnitNames.Resolution r = units.resolve(name);
            switch (r.status()) {
                case EXACT -> codes.add(r.code());
                case CLOSE -> {
                    codes.add(r.code());
                    n.assumed.add(field);
                    d.findings.add(Finding.check(n.lines, "nhiệm vụ " + n.code + ": đơn vị " + role + " “" + name + "” khớp gần đúng với "
                            + r.code() + " (" + r.unitName() + ")"));
                }
                case AMBIGUOUS -> d.findings.add(Finding.check(n.lines, "nhiệm vụ " + n.code + ": đơn vị " + role + " “" + name
                        + "” khớp nhiều đơn vị (" + String.join(", ", r.candidates()) + "); chưa điền mã"));
                case UNKNOWN -> d.findings.add(Finding.check(n.lines, "nhiệm vụ " + n.code + ": đơn vị " + role + " “" + name
                        + "” không có trong units.csv; chưa điền mã"));
            }
        }
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(codes));
        codes.clear();
        codes.addAll(distinct);
    }

    private void readDeadline(Draft d, Node n, Integer planYear) {
        String text = n.ownText();
        StringBuilder masked = new StringBuilder(text);
        for (int[] span : CalendarText.find(text).spans()) {
            for (int i = span[0]; i < span[1]; i++) {
                masked.setCharAt(i, ' ');
            }
        }
        Deadlines.Result r = Deadlines.find(masked.toString(), planYear);
        n.ongoing = r.ongoing();
        List<String> phrases = new ArrayList<>();
        LocalDate latest = null;
        boolean yearAssumed = false;
        for (Deadlines.Found f : r.found()) {
            phrases.add(f.phrase());
            if (f.date() == null) {
                d.findings.add(Finding.check(n.lines, "nhiệm vụ " + n.code + ": thời hạn “" + f.phrase() + "” chưa đọc được thành ngày; giữ ở deadline_text"));
            } else if (latest == null || f.date().isAfter(latest)) {
                latest = f.date();
                yearAssumed = f.yearAssumed();
            }
        }
        n.deadlineText = String.join("; ", phrases);
        n.deadline = latest;
        if (latest != null && r.found().stream().filter(f -> f.date() != null).count() > 1) {
            d.findings.add(Finding.check(n.lines, "nhiệm vụ " + n.code + " nêu nhiều thời hạn (" + n.deadlineText + "); lấy ngày muộn nhất " + latest));
        }
        if (latest != null && yearAssumed) {
            n.assumed.add("deadline");
            d.findings.add(Finding.check(n.lines, "nhiệm vụ " + n.code + ": thời hạn “" + n.deadlineText + "” không ghi năm; tạm lấy năm "
                    + planYear + " của kế hoạch (" + latest + ")"));
        }
    }

    private void readReporters(Draft d) {
        Set<String> kinds = new LinkedHashSet<>();
        List<String> from = new ArrayList<>();
        for (Node n : d.allTasks()) {
            if (n.sectionKind() == Node.Section.ORGANISATION) {
                from.addAll(n.addressees);
            }
        }
        if (from.isEmpty()) {
            d.recipients.stream().filter(Assignments::isGroup).forEach(from::add);
        }
        boolean approximate = false;
        for (String phrase : from) {
            GroupKinds.Result r = GroupKinds.of(phrase, units);
            kinds.addAll(r.kinds());
            approximate |= r.approximate();
        }
        d.reportersSubtree = d.issuerUnit;
        d.reportersKinds = new ArrayList<>(kinds);
        d.assumed.add("reporters");
        if (kinds.isEmpty()) {
            d.findings.add(Finding.check(List.of(), "không đọc được loại đơn vị phải báo cáo; cần điền reporters.kinds"));
        } else {
            d.findings.add(Finding.note(List.of(), "đơn vị phải báo cáo: các " + String.join(", ", kinds)
                    + (d.reportersSubtree.isEmpty() ? "" : " thuộc " + d.reportersSubtree)
                    + " (suy ra từ “" + String.join("”, “", from) + "”" + (approximate ? ", khớp gần đúng" : "") + ")"));
        }
        if (d.reportersSubtree.isEmpty()) {
            d.findings.add(Finding.check(List.of(), "chưa biết đơn vị gốc của phạm vi báo cáo; cần điền reporters.subtree"));
        }
    }

    private void readIndicators(Draft d) {
        List<Node> sources = new ArrayList<>();
        d.objectives.forEach(o -> sources.addAll(o.flatten()));
        d.tasks.forEach(t -> sources.addAll(t.flatten()));
        int n = 0;
        for (Node node : sources) {
            for (TargetText.Target t : TargetText.find(node.ownText())) {
                n++;
                List<String> assumed = new ArrayList<>(List.of("name", "across_units", "over_time"));
                String counted = t.counted().replaceAll("[\\s,;:.]+$", "");
                String name;
                if (!counted.isEmpty()) {
                    name = (t.percent() ? "Tỷ lệ " : "Số ") + lowerFirst(counted);
                } else {
                    name = capitalise(t.before().replaceAll("(?iu)\\s*(phấn đấu|đạt|tỷ lệ|chỉ tiêu)\\s*$", ""));
                }
                List<String> kinds = new ArrayList<>();
                if (!t.eachWords().isEmpty()) {
                    List<String> w = List.of(t.eachWords().split("\\s+"));
                    for (int k = w.size(); k > 0 && kinds.isEmpty(); k--) {
                        kinds.addAll(units.kindsStartingWith(String.join(" ", w.subList(0, k))));
                    }
                }
                boolean perUnit = !kinds.isEmpty();
                if (!perUnit && t.percent() && !d.reportersKinds.isEmpty()) {
                    kinds.addAll(d.reportersKinds);
                    perUnit = true;
                }
                assumed.add(perUnit ? "target.kinds" : "target");
                if (!t.percent()) {
                    assumed.add("unit");
                }
                Indicator match = suggest(name, t.phrase() + " " + t.before(), t.percent());
                String code = "CT" + n;
                d.indicators.add(new DraftIndicator(code, name, t.unit(), t.percent() ? "percent" : "integer",
                        t.percent() ? "share" : "sum", "last", t.value(), perUnit, kinds, t.atLeast(), node.lines,
                        sentenceAround(node.ownText(), t.start()), node.code, match == null ? "" : match.code(),
                        match == null ? "" : match.name(), assumed));
                d.findings.add(Finding.note(node.lines, "chỉ tiêu " + code + ": " + (t.atLeast() ? "ít nhất " : "") + number(t.value())
                        + (t.percent() ? "%" : " " + t.unit()) + (perUnit ? " mỗi đơn vị (" + String.join(", ", kinds) + ")" : "")
                        + " – “" + t.phrase() + "”" + (match == null ? "" : "; gần với chỉ tiêu " + match.code() + " trong danh mục")));
            }
        }
    }

    /** An indicator of the catalog whose name's words (but "Số", "Tỷ lệ") are nearly all in the sentence. */
    private Indicator suggest(String name, String sentence, boolean percent) {
        Set<String> words = new LinkedHashSet<>(Folded.wordList(sentence + " " + name));
        Indicator best = null;
        double bestScore = 0;
        for (Movement m : movements) {
            for (Indicator i : m.indicators()) {
                List<String> iw = new ArrayList<>(Folded.wordList(i.name()));
                iw.removeAll(List.of("so", "ty", "le", "tong"));
                if (iw.isEmpty()) {
                    continue;
                }
                long hit = iw.stream().filter(words::contains).count();
                double score = (double) hit / iw.size()
                        + ((i.valueType() == Indicator.ValueType.PERCENT) == percent ? 0.01 : 0);
                if (score > bestScore) {
                    bestScore = score;
                    best = i;
                }
            }
        }
        return bestScore >= 0.85 ? best : null;
    }

    private static String sentenceAround(String text, int at) {
        int start = 0;
        for (int i = Math.min(at, text.length()) - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                start = i + 1;
                break;
            }
        }
        int end = text.length();
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '.' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                end = c == '.' ? i + 1 : i;
                break;
            }
        }
        return text.substring(start, end).strip();
    }

    private void place(Draft d, List<Line> lines, List<Line> noise, Header h, Closing c, List<Paragraph> paragraphs,
                       int bodyStart, int closingStart) {
        h.notes().forEach(n -> n.lines().forEach(l -> d.placement.put(l, "đầu văn bản: " + n.field())));
        h.preamble().forEach(n -> n.lines().forEach(l -> d.placement.put(l, "căn cứ")));
        d.objectives.forEach(o -> o.flatten().forEach(n -> n.lines.forEach(l -> d.placement.put(l, "mục tiêu, yêu cầu " + n.code))));
        d.allTasks().forEach(n -> n.lines.forEach(l -> d.placement.put(l, (n.isSection ? "mục " : "nhiệm vụ ") + n.code)));
        d.reporting.forEach(n -> n.lines().forEach(l -> d.placement.put(l, "lịch báo cáo")));
        d.duplicates.forEach(n -> n.lines().forEach(l -> d.placement.put(l, "đoạn lặp")));
        c.notes().forEach(n -> n.lines().forEach(l -> d.placement.put(l, "cuối văn bản: " + n.field())));
        int firstBody = bodyStart < paragraphs.size() ? paragraphs.get(bodyStart).firstLine() : Integer.MAX_VALUE;
        int firstClosing = closingStart < paragraphs.size() ? paragraphs.get(closingStart).firstLine() : Integer.MAX_VALUE;
        for (Line l : noise) {
            String mark = l.raw().strip();
            if (l.number() < firstBody) {
                d.header.add(SourceNote.of(l, "ký hiệu"));
                d.placement.put(l.number(), "đầu văn bản: ký hiệu");
                d.findings.add(Finding.note(List.of(l.number()), "dòng chỉ có ký hiệu “" + mark + "”, không có chữ; giữ ở import.header"));
            } else if (l.number() >= firstClosing) {
                d.closing.add(SourceNote.of(l, "ký hiệu"));
                d.placement.put(l.number(), "cuối văn bản: ký hiệu");
                d.findings.add(Finding.note(List.of(l.number()), "dòng chỉ có ký hiệu “" + mark + "”, không có chữ; giữ ở import.closing"));
            }
        }
        List<Paragraph> unplacedParagraphs = new ArrayList<>(h.unplaced());
        unplacedParagraphs.addAll(c.unplaced());
        for (Paragraph p : unplacedParagraphs) {
            p.lines().forEach(l -> d.placement.remove(l));
        }
        for (Line l : lines) {
            if (l.blank() || d.placement.containsKey(l.number())) {
                continue;
            }
            String text = l.raw().strip();
            d.unplaced.add(new SourceNote(List.of(l.number()), text, "chưa xếp"));
            d.placement.put(l.number(), "chưa xếp");
            d.findings.add(Finding.check(List.of(l.number()), "dòng không xếp được vào đâu: “" + text + "”; giữ ở import.unplaced"));
        }
    }

    private void checkHeader(Draft d) {
        if (d.code.isEmpty()) {
            d.assumed.add("code");
            d.findings.add(Finding.check(List.of(), "không tìm thấy số hiệu kế hoạch (dòng “Số ...”); code để trống, cần điền"));
        }
        if (d.title.isEmpty()) {
            d.findings.add(Finding.check(List.of(), "không tìm thấy tiêu đề kế hoạch; cần điền title"));
        }
        if (d.issuer.isEmpty()) {
            d.findings.add(Finding.check(List.of(), "không tìm thấy cơ quan ban hành; cần điền issuer và issuer_unit"));
        }
        if (d.superiorBody.isEmpty()) {
            d.assumed.add("superior_body");
            d.findings.add(Finding.note(List.of(), "văn bản không ghi cơ quan cấp trên (superior_body)"));
        }
        if (d.issueDate == null) {
            d.assumed.add("issue_date");
            d.findings.add(Finding.check(List.of(), "không tìm thấy ngày ban hành (“..., ngày ... tháng ... năm ...”); cần điền issue_date"));
        }
        if (d.place.isEmpty()) {
            d.assumed.add("place");
            d.findings.add(Finding.note(List.of(), "văn bản không ghi địa danh nơi ban hành (place)"));
        }
        if (d.validFrom == null) {
            d.assumed.add("valid_from");
            d.findings.add(Finding.check(List.of(), "không suy ra được thời gian hiệu lực; cần điền valid_from (và valid_to nếu có)"));
        }
        if (d.signerTitle.isEmpty()) {
            d.assumed.add("signer_title");
            d.findings.add(Finding.note(List.of(), "không tìm thấy chức vụ người ký (signer_title)"));
        }
        if (d.signerName.isEmpty()) {
            d.assumed.add("signer_name");
            d.findings.add(Finding.note(List.of(), "không tìm thấy tên người ký (signer_name)"));
        }
        if (d.recipients.isEmpty()) {
            d.assumed.add("recipients");
            d.findings.add(Finding.note(List.of(), "không tìm thấy nơi nhận (recipients)"));
        }
        if (d.implementsDocs.isEmpty()) {
            d.findings.add(Finding.note(List.of(), "không tìm thấy văn bản căn cứ (implements)"));
        }
        if (d.tasks.isEmpty()) {
            d.findings.add(Finding.check(List.of(), "không tìm thấy nhiệm vụ nào (mục I., II., số 1., 2. ...)"));
        }
    }

    private static String lowerFirst(String s) {
        if (s.length() < 2 || Character.isUpperCase(s.codePointAt(1))) {
            return s;
        }
        return s.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + s.substring(1);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.forLanguageTag("vi")) + s.substring(1);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v).replace('.', ',');
    }
}

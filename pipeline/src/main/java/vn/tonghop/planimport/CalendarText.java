package vn.tonghop.planimport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tonghop.catalog.DueRule;
import vn.tonghop.catalog.PeriodType;

/**
 * The reporting calendar as a plan states it: sentences about reports ("báo cáo") that name a period
 * ("6 tháng", "năm", "hằng quý", "hằng tháng") or a review ("sơ kết", "tổng kết"), with the due dates
 * they give ("trước ngày 01 tháng 5", "trước ngày 15/6 và 15/11", "15 ngày sau khi kết thúc quý").
 * As many dates after all the periods as there are periods pair up in order ("6 tháng và năm trước ngày
 * 15/6 và 15/11"); otherwise a date right after a period belongs to it ("báo cáo 6 tháng (trước ngày
 * 01/5), báo cáo năm (...)"), and what is left pairs up in order if the counts agree. Periods left
 * without a date keep an empty due rule.
 */
final class CalendarText {
    record Entry(PeriodType type, String due, String phrase, String note) {
    }

    record Result(List<Entry> entries, List<int[]> spans, boolean shiftOffHolidays, List<String> unpaired) {
        /** True when the text is about reporting: it opens with a calendar sentence and those make up most of it. */
        boolean mostlyCalendar(String text) {
            int covered = spans.stream().mapToInt(s -> s[1] - s[0]).sum();
            int firstWord = 0;
            while (firstWord < text.length() && !Character.isLetterOrDigit(text.charAt(firstWord))) {
                firstWord++;
            }
            int opening = firstWord;
            return !spans.isEmpty() && spans.get(0)[0] <= opening && spans.get(0)[1] > opening && covered * 10 >= text.length() * 6;
        }
    }

    private record Cue(PeriodType type, int start, int end, String year) {
    }

    private record Due(String rule, int start) {
    }

    private static final Pattern SENTENCE = Pattern.compile("[^.;\\n]+(?:\\.\\d[^.;\\n]*)*[.;\\n]?");
    private static final Pattern H2 = Pattern.compile("\\b(6|sau) thang cuoi nam\\b");
    private static final Pattern H1 = Pattern.compile("\\b(6 thang dau nam|sau thang dau nam|6 thang|sau thang|nua nam|so ket giua nam)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(bao cao nam|hang nam|hang nam|ca nam|tong ket nam hoc|tong ket nam(?! \\d)|bao cao tong ket nam|cuoi nam|bao cao ket qua nam|(?<=(?:thang|quy) )va nam(?! \\d))\\b");
    private static final Pattern QUARTER = Pattern.compile("\\b(hang quy|moi quy|bao cao quy|theo quy|dinh ky quy)\\b");
    private static final Pattern MONTH = Pattern.compile("\\b(hang thang|moi thang|bao cao thang|dinh ky thang)\\b");
    private static final Pattern REVIEW = Pattern.compile("\\b(so ket|tong ket)\\b(?! (6 thang|sau thang|nam hoc|nam(?! \\d)|giua nam|cuoi nam))([^.;]{0,60}?\\b(nam|vao)\\s+(\\d{4}))?");
    private static final Pattern DAY = Pattern.compile("\\b(truoc|cham nhat(?: la)?(?: vao)?|han chot|vao|trong)?\\s*ngay\\s+(\\d{1,2})\\s*(?:/|-|\\s+thang\\s+)\\s*(\\d{1,2})(?!\\d)((?:\\s*(?:/|-|nam)\\s*\\d{4})?)(\\s+(?:cua\\s+)?nam sau)?"
            + "|\\b(truoc|cham nhat)\\s+(\\d{1,2})\\s*/\\s*(\\d{1,2})(?![\\d])((?:\\s*/\\s*\\d{4})?)(\\s+(?:cua\\s+)?nam sau)?");
    private static final Pattern MORE_DAYS = Pattern.compile("\\G\\s*(?:,|va)\\s*(?:ngay\\s+)?(\\d{1,2})\\s*(?:/|-|\\s+thang\\s+)\\s*(\\d{1,2})(?!\\d)((?:\\s*(?:/|-|nam)\\s*\\d{4})?)(\\s+(?:cua\\s+)?nam sau)?");
    private static final Pattern AFTER = Pattern.compile("\\b(\\d{1,3})\\s+ngay\\s+(lam viec\\s+)?(?:sau|ke tu)\\s+(?:khi\\s+)?(?:ket thuc|het)?\\s*(ky|quy|thang|nam|6 thang)");
    private static final Pattern SHIFT = Pattern.compile("\\b(neu trung|trung vao)\\s+(ngay nghi|ngay le|thu bay|chu nhat)|\\bngay lam viec (tiep theo|ke tiep)\\b");

    private CalendarText() {
    }

    static Result find(String text) {
        String f = Folded.sameLength(text);
        List<Entry> entries = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        List<String> unpaired = new ArrayList<>();
        Matcher sentence = SENTENCE.matcher(f);
        while (sentence.find()) {
            String s = sentence.group();
            int offset = sentence.start();
            boolean report = s.contains("bao cao");
            List<Cue> cues = cues(s, report);
            if (cues.isEmpty()) {
                continue;
            }
            spans.add(new int[] {offset, sentence.end()});
            String phrase = text.substring(offset, sentence.end()).strip();
            List<Due> dues = dues(s);
            String[] assigned = new String[cues.size()];
            boolean[] used = new boolean[dues.size()];
            boolean respectively = !dues.isEmpty() && dues.size() == cues.size()
                    && dues.get(0).start() >= cues.get(cues.size() - 1).end();
            for (int i = 0; i < cues.size() && !respectively; i++) {
                int until = i + 1 < cues.size() ? cues.get(i + 1).start() : s.length();
                for (int d = 0; d < dues.size(); d++) {
                    if (!used[d] && dues.get(d).start() >= cues.get(i).end() && dues.get(d).start() < until
                            && dues.get(d).start() - cues.get(i).end() <= 40) {
                        assigned[i] = dues.get(d).rule();
                        used[d] = true;
                        break;
                    }
                }
            }
            List<Integer> openCues = new ArrayList<>();
            List<Integer> openDues = new ArrayList<>();
            for (int i = 0; i < cues.size(); i++) {
                if (assigned[i] == null) {
                    openCues.add(i);
                }
            }
            for (int d = 0; d < dues.size(); d++) {
                if (!used[d]) {
                    openDues.add(d);
                }
            }
            if (!openCues.isEmpty() && openCues.size() == openDues.size()) {
                for (int k = 0; k < openCues.size(); k++) {
                    assigned[openCues.get(k)] = dues.get(openDues.get(k)).rule();
                }
                openDues.clear();
            }
            openDues.forEach(d -> unpaired.add(dues.get(d).rule()));
            for (int i = 0; i < cues.size(); i++) {
                Cue c = cues.get(i);
                String note = c.year() == null ? "" : "năm " + c.year();
                entries.add(new Entry(c.type(), assigned[i] == null ? "" : assigned[i], phrase, note));
            }
        }
        return new Result(entries, spans, SHIFT.matcher(f).find(), unpaired);
    }

    private static List<Cue> cues(String s, boolean report) {
        List<Cue> cues = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        if (report) {
            add(cues, taken, H2.matcher(s), PeriodType.H2);
            add(cues, taken, H1.matcher(s), PeriodType.H1);
            add(cues, taken, QUARTER.matcher(s), PeriodType.QUARTER);
            add(cues, taken, MONTH.matcher(s), PeriodType.MONTH);
            add(cues, taken, YEAR.matcher(s), PeriodType.YEAR);
        }
        Matcher review = REVIEW.matcher(s);
        while (review.find()) {
            int start = review.start();
            if (taken.stream().noneMatch(r -> start < r[1] && r[0] < review.end(1))) {
                PeriodType type = review.group(1).equals("so ket") ? PeriodType.MID_REVIEW : PeriodType.FINAL_REVIEW;
                if (review.group(5) != null || report) {
                    cues.add(new Cue(type, start, review.end(1), review.group(5)));
                    taken.add(new int[] {start, review.end(1)});
                }
            }
        }
        cues.sort(Comparator.comparingInt(Cue::start));
        List<Cue> distinct = new ArrayList<>();
        for (Cue c : cues) {
            if (distinct.stream().noneMatch(d -> d.type() == c.type())) {
                distinct.add(c);
            }
        }
        return distinct;
    }

    private static void add(List<Cue> cues, List<int[]> taken, Matcher m, PeriodType type) {
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (taken.stream().noneMatch(r -> start < r[1] && r[0] < end)) {
                cues.add(new Cue(type, start, end, null));
                taken.add(new int[] {start, end});
            }
        }
    }

    private static List<Due> dues(String s) {
        List<Due> dues = new ArrayList<>();
        Matcher m = DAY.matcher(s);
        int from = 0;
        while (from < s.length() && m.find(from)) {
            boolean dayForm = m.group(2) != null;
            String cue = dayForm ? m.group(1) : m.group(6);
            boolean before = cue != null && cue.equals("truoc");
            String day = dayForm ? m.group(2) : m.group(7);
            String month = dayForm ? m.group(3) : m.group(8);
            boolean nextYear = (dayForm ? m.group(5) : m.group(10)) != null;
            String yearGiven = dayForm ? m.group(4) : m.group(9);
            String rule = cue == null && !yearGiven.isBlank() ? null : rule(before, day, month, nextYear);
            if (rule != null) {
                dues.add(new Due(rule, m.start()));
            }
            int end = m.end();
            Matcher more = MORE_DAYS.matcher(s);
            more.region(end, s.length());
            while (more.find()) {
                String r = rule(before, more.group(1), more.group(2), more.group(4) != null);
                if (r != null) {
                    dues.add(new Due(r, more.start()));
                }
                end = more.end();
                more.region(end, s.length());
            }
            from = Math.max(end, m.start() + 1);
        }
        Matcher after = AFTER.matcher(s);
        while (after.find()) {
            if (after.group(2) == null) {
                dues.add(new Due(Integer.parseInt(after.group(1)) + " ngày sau kỳ", after.start()));
            }
        }
        dues.sort(Comparator.comparingInt(Due::start));
        return dues;
    }

    private static String rule(boolean before, String day, String month, boolean nextYear) {
        String text = (before ? "trước ngày " : "ngày ") + pad(day) + "/" + pad(month) + (nextYear ? " năm sau" : "");
        return DueRule.parse(text).isPresent() ? text : null;
    }

    private static String pad(String n) {
        return n.length() == 1 ? "0" + n : n;
    }
}

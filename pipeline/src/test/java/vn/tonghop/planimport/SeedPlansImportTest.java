package vn.tonghop.planimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tonghop.planimport.PlanImportFixtures.Seed;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.catalog.CalendarEntry;
import vn.tonghop.catalog.Plan;
import vn.tonghop.catalog.Task;

/**
 * The three real plans of ../shared/seeds (copied to data/plan-sources): each draft loads back with the
 * catalog loader (after the fields the loader requires and the text does not state are filled in, as a
 * person would, from the hand-written entry), and its task tree is diffed against the hand-written
 * entry in data/catalog/plans/ by code: label, text, lead and coordinating units, deadline. Every
 * difference must be one listed here, with its reason, and is checked to be exactly that difference.
 */
class SeedPlansImportTest {

    /** An intended difference: why it exists, and a check that the draft and hand-written values differ only so. */
    record Intended(String reason, BiPredicate<Task, Task> check) {
    }

    private static final String NHUNG_NHIEU = "nhũng nhiễu";

    @Test
    void plan09KhDu(@TempDir Path dir) {
        Draft draft = PlanImportFixtures.draft(Seed.KH09);
        Plan hand = PlanImportFixtures.handWritten(Seed.KH09);
        Plan loaded = PlanImportFixtures.loadBack(draft, hand.slug(), dir, PlanImportFixtures.fillFrom(hand));

        Map<String, Intended> intended = new LinkedHashMap<>();
        intended.put("II text", introduction());
        intended.put("NV4 text", introduction());
        intended.put("NV2.1 text", new Intended("the hand-written entry corrects the typo “phân đấu”; the importer keeps words as printed",
                (h, d) -> d.text().replace("phân đấu", "phấn đấu").equals(h.text())));
        intended.put("NV2.2 text", new Intended("the hand-written entry merges the four “+” sub-bullets into their “-” bullet (units report"
                + " one item) and corrects “những nhiều”; the draft keeps them as children NV2.2.1-4",
                (h, d) -> (d.text() + " " + d.children().stream().map(Task::text).collect(Collectors.joining(" ")))
                        .replace("những nhiều", NHUNG_NHIEU).equals(h.text())));
        for (int i = 1; i <= 4; i++) {
            intended.put("NV2.2." + i + " only in draft", new Intended("a “+” sub-bullet the hand-written entry merged into NV2.2",
                    (h, d) -> d != null && h == null));
        }
        assertDiff(hand, loaded, intended);

        assertEquals("09-KH/ĐU", draft.code);
        assertEquals(hand.title(), draft.title);
        assertEquals(hand.issuer(), draft.issuer);
        assertEquals(hand.issuerUnit(), draft.issuerUnit);
        assertEquals(hand.implementsDocs(), draft.implementsDocs);
        assertEquals(hand.recipients(), draft.recipients);
        assertEquals(hand.signerName(), draft.signerName);
        assertEquals(hand.signerTitle(), draft.signerTitle, "“TAM” in the scanned text is read as T/M and reported");
        assertTrue(draft.assumed.contains("signer_title"));
        assertEquals(hand.validFrom(), draft.validFrom);
        assertEquals(hand.validTo(), draft.validTo);
        assertEquals(hand.style().name().toLowerCase(), draft.style);
        // the lead units the text states (the organisation section's items open with them)
        assertEquals(List.of("DU-SGDDT"), task(loaded, "TC1").lead());
        assertEquals(List.of("CDGD", "SGDDT-PCTTT"), task(loaded, "TC3").lead());
        assertEquals(List.of("Công đoàn giáo dục thành phố", "Phòng Chính trị tư tưởng - Sở Giáo dục và Đào tạo"),
                node(draft, "TC3").leadNames);
        assertTrue(node(draft, "TC3").assumed.contains("lead"), "names matched only approximately are marked assumed");
        assertTrue(node(draft, "TC2").lead.isEmpty(), "“Các đảng bộ, chi bộ cơ sở” is a group of units, not a lead unit");
        // the text states no deadline and no reporting calendar: the hand-written ones are assumed
        assertNoDeadlines(draft);
        assertTrue(draft.calendar.isEmpty());
        assertTrue(draft.assumed.contains("calendar") && hand.assumed().contains("calendar"));
        assertCheck(draft, "không nêu lịch báo cáo");
        assertCheck(draft, "không tìm thấy ngày ban hành");
        // the targets the text states, matched to the catalog's indicators
        assertEquals(List.of("5K-HTKK", "5K-ATGT-TL"), draft.indicators.stream().map(DraftIndicator::suggestedCode).toList());
        assertEquals(List.of(1.0, 100.0), draft.indicators.stream().map(DraftIndicator::target).toList());
    }

    @Test
    void plan74KhDu(@TempDir Path dir) {
        Draft draft = PlanImportFixtures.draft(Seed.KH74);
        Plan hand = PlanImportFixtures.handWritten(Seed.KH74);
        Plan loaded = PlanImportFixtures.loadBack(draft, hand.slug(), dir, PlanImportFixtures.fillFrom(hand));

        Map<String, Intended> intended = new LinkedHashMap<>();
        intended.put("NV4.1 text", new Intended("the hand-written entry corrects the typo “những nhiều”",
                (h, d) -> d.text().replace("những nhiều", NHUNG_NHIEU).equals(h.text())));
        Task handTc2 = task(hand, "TC2");
        Task handTc3 = task(hand, "TC3");
        intended.put("TC1 text", new Intended("the unnumbered paragraph of section III (the second) is one task in the draft; the"
                + " hand-written entry splits it into three sentences TC1-TC3 and leaves out its last sentence",
                (h, d) -> d.text().equals(h.text() + " " + handTc2.text() + " " + handTc3.text()
                        + " Nghị quyết này được quán triệt, phổ biến đến các đảng bộ, chi bộ trực thuộc.")));
        intended.put("TC2 only hand-written", new Intended("the second sentence of that paragraph, in TC1's text in the draft",
                (h, d) -> h != null && d == null));
        intended.put("TC3 only hand-written", new Intended("the third sentence of that paragraph, in TC1's text in the draft",
                (h, d) -> h != null && d == null));
        assertDiff(hand, loaded, intended);

        assertEquals("74-KH/ĐU", draft.code);
        assertEquals(hand.title(), draft.title);
        assertEquals(hand.implementsDocs(), draft.implementsDocs, "the “(sau đây viết tắt là ...)” aside is not part of the document's name");
        assertEquals(hand.recipients(), draft.recipients);
        assertEquals(hand.signerTitle(), draft.signerTitle, "the “**” of a converted document are dropped (and reported)");
        // section III printed twice, no section II: reported, the second gets its own code as by hand
        assertEquals(List.of("III", "III-B"), draft.tasks.stream().map(n -> n.code).toList());
        assertCheck(draft, "mục III. được đánh số hai lần");
        assertCheck(draft, "thiếu mục II.");
        assertEquals(List.of("CDGD"), task(loaded, "NV3").lead(), "“Công đoàn Ngành giáo dục thành phố ...” opens item 3");
        assertEquals(List.of("các tổ chức chính trị - xã hội, các hội quần chúng"), node(draft, "NV3").addressees);
        assertTrue(node(draft, "NV2.2").ongoing, "“thường xuyên tổ chức rà soát”");
        assertNoDeadlines(draft);
        assertTrue(draft.calendar.isEmpty());
        assertNull(draft.validFrom, "the title states no year and the text no date");
        assertCheck(draft, "không suy ra được thời gian hiệu lực");
        assertTrue(draft.indicators.isEmpty());
    }

    @Test
    void planPhongGdDtGoVap(@TempDir Path dir) {
        Draft draft = PlanImportFixtures.draft(Seed.PGDDT);
        Plan hand = PlanImportFixtures.handWritten(Seed.PGDDT);
        Plan loaded = PlanImportFixtures.loadBack(draft, hand.slug(), dir, PlanImportFixtures.fillFrom(hand));

        Map<String, Intended> intended = new LinkedHashMap<>();
        intended.put("NV1.1 text", new Intended("the hand-written entry corrects the typo “Kế hoach”",
                (h, d) -> d.text().replace("Kế hoach", "Kế hoạch").equals(h.text())));
        assertDiff(hand, loaded, intended);

        assertEquals("", draft.code, "the plan prints no number: the code is left empty and reported");
        assertCheck(draft, "không tìm thấy số hiệu kế hoạch");
        assertTrue(draft.assumed.contains("code") && hand.assumed().contains("code"));
        assertEquals(hand.title(), draft.title, "two title lines with a blank line between them are one title");
        assertEquals(hand.issuer(), draft.issuer);
        assertEquals("PGDDT-GV", draft.issuerUnit);
        assertCheck(draft, "khớp gần đúng với đơn vị PGDDT-GV");
        assertEquals(hand.implementsDocs(), draft.implementsDocs);
        assertEquals(hand.reporters().kinds(), draft.reportersKinds, "“Hiệu trưởng các trường mầm non, tiểu học, trung học cơ sở”");
        assertEquals(hand.reporters().subtree(), draft.reportersSubtree);
        assertEquals(hand.validFrom(), draft.validFrom);
        assertEquals(hand.validTo(), draft.validTo);
        // the reporting calendar the text states: "Định kỳ báo cáo 6 tháng (trước ngày 01 tháng 5), báo cáo năm (trước ngày 01 tháng 11)"
        assertEquals(calendar(hand.calendar().entries()), calendar(loaded.calendar().entries()));
        assertEquals(List.of(48), draft.reporting.get(0).lines(), "the reporting paragraph is read into the calendar, not made a task");
        assertFalse(draft.shiftOffHolidays, "the text does not say so; the hand-written entry assumes it");
        assertTrue(draft.assumed.contains("calendar.shift_off_holidays"));
        assertNoDeadlines(draft);
        assertEquals(List.of("NV1.1", "NV1.2"), List.of(task(loaded, "NV1.1").code(), task(loaded, "NV1.2").code()));
    }

    private static Intended introduction() {
        return new Intended("an unnumbered paragraph before an item's first sub-item introduces it and joins its text on a new"
                + " line; the hand-written entry leaves such introductions out",
                (h, d) -> d.text().startsWith(h.text() + "\n") && d.text().length() > h.text().length() + 20);
    }

    private static void assertDiff(Plan hand, Plan draft, Map<String, Intended> intended) {
        List<String> diff = PlanImportFixtures.diff(hand, draft);
        List<String> keys = diff.stream().map(SeedPlansImportTest::key).toList();
        assertEquals(List.copyOf(intended.keySet()).stream().sorted().toList(), keys.stream().sorted().toList(),
                "differences against the hand-written entry:\n" + String.join("\n", diff));
        intended.forEach((key, why) -> {
            String code = key.split(" ")[0];
            Task h = hand.allTasks().filter(t -> t.code().equals(code)).findFirst().orElse(null);
            Task d = draft.allTasks().filter(t -> t.code().equals(code)).findFirst().orElse(null);
            assertTrue(why.check().test(h, d), key + " differs otherwise than intended (" + why.reason() + ")");
        });
    }

    /** "NV2.1 text: ... <> ..." gives "NV2.1 text"; "TC2: only hand-written" gives "TC2 only hand-written". */
    private static String key(String diffLine) {
        String head = diffLine.substring(0, diffLine.indexOf(':'));
        return diffLine.contains(": only ") ? head + " " + diffLine.substring(diffLine.indexOf(": only ") + 2) : head;
    }

    private static List<String> calendar(List<CalendarEntry> entries) {
        return entries.stream().map(e -> e.type().catalogName() + " " + e.due().text()).toList();
    }

    static Task task(Plan plan, String code) {
        return plan.allTasks().filter(t -> t.code().equals(code)).findFirst().orElseThrow(() -> new AssertionError("no task " + code));
    }

    static Node node(Draft draft, String code) {
        return draft.allTasks().stream().filter(n -> n.code.equals(code)).findFirst().orElseThrow(() -> new AssertionError("no task " + code));
    }

    static void assertCheck(Draft draft, String text) {
        assertTrue(draft.findings().stream().anyMatch(f -> f.level() == Finding.Level.CHECK && f.message().contains(text)),
                "expected a finding to check with “" + text + "” in:\n" + draft.report());
    }

    private static void assertNoDeadlines(Draft draft) {
        assertTrue(draft.allTasks().stream().allMatch(n -> n.deadline == null && n.deadlineText.isEmpty()),
                "the text states no deadline");
    }
}

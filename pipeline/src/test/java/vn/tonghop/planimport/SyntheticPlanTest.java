package vn.tonghop.planimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tonghop.planimport.SeedPlansImportTest.assertCheck;
import static vn.tonghop.planimport.SeedPlansImportTest.node;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.catalog.Plan;

/**
 * Plans written for these tests, unlike the seeds: a party action programme with numbered sections in
 * capitals instead of Roman numerals, "2.1." and "a)" items, "•" bullets, a header block with the
 * issuing bodies, code, motto, place and date, "chủ trì / phối hợp / giao" assignments, deadlines in
 * several forms, a calendar given as "6 tháng và năm trước ngày 15/6 và 15/11", reviews, targets, and
 * the damage real texts carry (a broken line, a repeated bullet, an item numbered twice, a stray line);
 * and a clean state plan that needs no check at all.
 */
class SyntheticPlanTest {
    private static final Path MESSY = PlanImportFixtures.SYNTHETIC.resolve("synthetic-chuyen-doi-so.txt");
    private static final Path CLEAN = PlanImportFixtures.SYNTHETIC.resolve("synthetic-hoi-thi-clean.txt");

    @Test
    void headerIsReadFromTheHeaderBlockAndPreamble() {
        Draft d = PlanImporter.importFile(MESSY, PlanImportFixtures.catalog());
        assertEquals("112-KH/ĐU", d.code, "“Số: 112 - KH/ĐU” with its spaces removed");
        assertEquals("112-kh-du", d.slug);
        assertEquals("CHƯƠNG TRÌNH HÀNH ĐỘNG", d.documentType);
        assertEquals("Về chuyển đổi số trong công tác xây dựng Đảng giai đoạn 2024 - 2025", d.title);
        assertEquals("Đảng ủy Sở Giáo dục và Đào tạo", d.issuer, "“Ban Thường vụ” is the issuer's organ, not another body");
        assertEquals("DU-SGDDT", d.issuerUnit);
        assertEquals("ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH", d.superiorBody, "not a unit of the catalog: kept as printed");
        assertEquals("party", d.style);
        assertEquals("Thành phố Hồ Chí Minh", d.place);
        assertEquals(LocalDate.of(2024, 1, 8), d.issueDate);
        assertEquals(List.of("Nghị quyết số 05-NQ/TU ngày 10 tháng 11 năm 2023 của Ban Thường vụ Thành ủy về chuyển đổi số trong hệ thống chính trị",
                "Kế hoạch số 120-KH/TU ngày 20 tháng 11 năm 2023 của Thành ủy về thực hiện Nghị quyết số 05-NQ/TU"), d.implementsDocs);
        assertEquals(LocalDate.of(2024, 1, 1), d.validFrom);
        assertEquals(LocalDate.of(2026, 1, 1), d.validTo, "“giai đoạn 2024 - 2025”");
        assertEquals("T/M BAN THƯỜNG VỤ\nBÍ THƯ", d.signerTitle);
        assertEquals("Trần Văn An", d.signerName);
        assertEquals(List.of("Ban Thường vụ Thành ủy", "Các chi bộ, đảng bộ cơ sở", "Lưu Văn phòng Đảng ủy"), d.recipients);
        assertEquals(List.of("chi bộ cơ sở", "đảng bộ cơ sở"), d.reportersKinds);
        assertEquals("DU-SGDDT", d.reportersSubtree);
    }

    @Test
    void sectionsTasksUnitsAndDeadlines() {
        Draft d = PlanImporter.importFile(MESSY, PlanImportFixtures.catalog());
        assertEquals(List.of("M1"), d.objectives.stream().map(n -> n.code).toList(), "“1. MỤC TIÊU” states aims: not tasks");
        assertEquals(List.of("M2", "NV2.1", "NV2.1.a", "NV2.1.b", "NV2.2", "NV2.2.1", "NV2.2.2", "NV2.2-B", "M3", "TC3.1", "TC3.2"),
                d.allTasks().stream().map(n -> n.code).toList());
        Node a = node(d, "NV2.1.a");
        assertEquals(List.of("CB-VP-SGDDT"), a.lead);
        assertEquals(List.of("CDGD"), a.coordinate);
        assertEquals(List.of("Công đoàn Giáo dục Thành phố Hồ Chí Minh", "Ban Tuyên giáo Quận ủy"), a.coordinateNames);
        assertCheck(d, "đơn vị phối hợp “Ban Tuyên giáo Quận ủy” không có trong units.csv");
        assertEquals(LocalDate.of(2024, 3, 31), a.deadline, "“trong quý I năm 2024”");
        assertEquals(LocalDate.of(2024, 6, 29), node(d, "NV2.1.b").deadline, "“hoàn thành trước 30/6/2024”: the day before, as due rules read “trước”");
        Node bullet = node(d, "NV2.2.1");
        assertEquals(LocalDate.of(2024, 4, 30), bullet.deadline, "“trước ngày 01/5” in the plan's first year");
        assertTrue(bullet.assumed.contains("deadline"));
        assertCheck(d, "“trước ngày 01/5” không ghi năm");
        Node training = node(d, "NV2.2.2");
        assertEquals("Tổ chức tập huấn cho bí thư chi bộ về sử dụng phần mềm quản lý đảng viên. Thời gian: thường xuyên.", training.text,
                "a line broken mid-sentence is joined");
        assertTrue(training.ongoing);
        assertTrue(training.lead.isEmpty() && training.leadNames.isEmpty(), "“Tổ chức tập huấn” is a verb, not the unit “Tổ ...”");
        Node pilot = node(d, "NV2.2-B");
        assertEquals(List.of("CB-THPT-ND"), pilot.lead, "“Giao Chi bộ Trường ... thực hiện”");
        assertEquals(null, pilot.deadline);
        assertEquals("thời gian: trước kỳ họp Ban Chấp hành cuối năm", pilot.deadlineText);
        assertCheck(d, "chưa đọc được thành ngày");
        assertCheck(d, "số 2.2. được đánh số hai lần");
        assertEquals(List.of("SGDDT-PCTTT"), node(d, "TC3.2").lead, "the subject of an organisation item");
        assertEquals(List.of("Các chi bộ cơ sở, đảng bộ cơ sở"), node(d, "TC3.1").addressees);
    }

    @Test
    void calendarIndicatorsAndDamage() {
        Draft d = PlanImporter.importFile(MESSY, PlanImportFixtures.catalog());
        assertEquals(List.of("H1 trước ngày 15/06", "year trước ngày 15/11", "mid_review ", "final_review "),
                d.calendar.stream().map(e -> e.type().catalogName() + " " + e.due()).toList());
        assertEquals(List.of("năm 2024", "năm 2025"), d.calendar.subList(2, 4).stream().map(CalendarText.Entry::note).toList());
        assertCheck(d, "kỳ báo cáo sơ kết (năm 2024) chưa có hạn nộp");
        assertEquals(List.of(List.of(34)), d.reporting.stream().map(SourceNote::lines).toList(), "“3.3. Sơ kết ..., tổng kết ...”");
        assertEquals(2, d.indicators.size());
        DraftIndicator share = d.indicators.get(0);
        assertEquals("percent", share.valueType());
        assertEquals(90.0, share.target());
        assertEquals("Tỷ lệ chi bộ cơ sở sử dụng sổ tay đảng viên điện tử trong năm 2024", share.name());
        DraftIndicator models = d.indicators.get(1);
        assertEquals("mô hình", models.unit());
        assertEquals(1.0, models.target());
        assertTrue(models.perUnit() && models.atLeast());
        assertEquals(List.of("chi bộ cơ sở", "chi bộ trực thuộc"), models.kinds(), "“Mỗi chi bộ ... ít nhất 01 mô hình”");
        assertEquals("NV2.2.1", models.taskCode());
        assertEquals(List.of(List.of(27)), d.duplicates.stream().map(SourceNote::lines).toList());
        assertCheck(d, "đoạn lặp lại nguyên văn đoạn ở dòng 25");
        assertEquals(List.of("~~~"), d.unplaced.stream().map(SourceNote::text).toList());
        assertCheck(d, "dòng không xếp được vào đâu: “~~~”");
        assertEquals("đầu văn bản: ký hiệu", d.placement().get(3), "the “*” under a party body's name");
        assertTrue(d.needsCheck());
    }

    @Test
    void draftLoadsWithTheCatalogLoaderOnceTheReviewDueDatesAreFilled(@TempDir Path dir) {
        Draft d = PlanImporter.importFile(MESSY, PlanImportFixtures.catalog());
        Plan plan = PlanImportFixtures.loadBack(d, null, dir, node -> {
            ArrayNode periods = (ArrayNode) node.at("/calendar/periods");
            periods.forEach(p -> PlanImportFixtures.setIfBlank((ObjectNode) p, "due", "ngày 31/12"));
        });
        assertEquals("112-KH/ĐU", plan.code());
        assertEquals(11, plan.allTasks().count(), "two sections and nine tasks");
        assertEquals(List.of("CB-VP-SGDDT"), plan.allTasks().filter(t -> t.code().equals("NV2.1.a")).findFirst().orElseThrow().lead());
    }

    @Test
    void aCleanPlanNeedsNoCheckAndLoadsAsItIs(@TempDir Path dir) {
        Draft d = PlanImporter.importFile(CLEAN, PlanImportFixtures.catalog());
        assertFalse(d.needsCheck(), d.report());
        assertTrue(d.report().contains("Không có điểm nào cần kiểm tra."));
        assertEquals("state", d.style);
        assertEquals("PGDDT-GV", d.issuerUnit);
        assertEquals(LocalDate.of(2024, 3, 30), node(d, "NV1").deadline);
        assertEquals(List.of("THCS-NGUYENDU"), node(d, "NV1").lead);
        Plan plan = PlanImportFixtures.loadBack(d, null, dir, node -> { });
        assertEquals("15/KH-GDĐT", plan.code());
        assertEquals(List.of("trường mầm non", "trường tiểu học", "trường trung học cơ sở"), plan.reporters().kinds());
        assertEquals(2, plan.calendar().entries().size());
    }
}

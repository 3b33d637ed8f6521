package vn.tonghop.planimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules one by one, on phrases of the kinds plans use (not only the seeds' wording). */
class PlanImportPartsTest {

    @Test
    void markers() {
        assertEquals(Marker.Kind.ROMAN, Marker.parse("IV. KINH PHÍ").kind());
        assertEquals("IV.", Marker.parse("IV/ KINH PHÍ").label());
        assertEquals(Marker.Kind.MULTI, Marker.parse("9.1. Rà soát").kind());
        assertEquals(2, Marker.parse("9.1 Rà soát").depth());
        assertEquals(Marker.Kind.NUMBER, Marker.parse("3) Báo cáo").kind());
        assertEquals(Marker.Kind.NUMBER, Marker.parse("(2) Báo cáo").kind());
        assertEquals(Marker.Kind.LETTER, Marker.parse("đ) Khen thưởng").kind());
        assertEquals(Marker.Kind.DASH, Marker.parse("– Tuyên truyền").kind());
        assertEquals(Marker.Kind.PLUS, Marker.parse("+Rà soát").kind());
        assertEquals(Marker.Kind.BULLET, Marker.parse("• Tập huấn").kind());
        assertEquals(Marker.Kind.NONE, Marker.parse("15/6 và 15/11 hằng năm").kind(), "a date, not item 15");
        assertEquals(Marker.Kind.NONE, Marker.parse("2.071 mô hình được đăng ký").kind(), "a number, not item 2.071");
        assertEquals(Marker.Kind.NONE, Marker.parse("100% cán bộ").kind());
    }

    @Test
    void linesAreJoinedOnlyWhereASentenceWasBroken() {
        List<Paragraph> p = Paragraphs.split(lines(
                "- Xây dựng kế hoạch của", "", "Ban Thường vụ Đảng ủy.",
                "1. Mục tiêu", "Tuyên truyền sâu rộng.",
                "Nâng cao nhận thức của cán bộ, đảng viên về vai trò", "“Dân vận khéo” trong toàn ngành.",
                "Hoàn thành việc rà soát", "KẾ HOẠCH")).paragraphs();
        assertEquals(List.of("- Xây dựng kế hoạch của Ban Thường vụ Đảng ủy.", "1. Mục tiêu", "Tuyên truyền sâu rộng.",
                "Nâng cao nhận thức của cán bộ, đảng viên về vai trò “Dân vận khéo” trong toàn ngành.", "Hoàn thành việc rà soát",
                "KẾ HOẠCH"),
                p.stream().map(Paragraph::full).toList());
        Paragraphs.Result noise = Paragraphs.split(lines("**Trưởng phòng**", "---", "  "));
        assertEquals("Trưởng phòng", noise.paragraphs().get(0).full());
        assertEquals(List.of(2), noise.noise().stream().map(Line::number).toList());
    }

    @Test
    void deadlines() {
        assertEquals(LocalDate.of(2014, 3, 31), only(Deadlines.find("trình Ban Thường vụ trong quý I năm 2014", null)).date());
        assertEquals(LocalDate.of(2014, 6, 30), only(Deadlines.find("hoàn thành trong quý II/2014", null)).date());
        Deadlines.Found noYear = only(Deadlines.find("xong trước ngày 01/5", 2024));
        assertEquals(LocalDate.of(2024, 4, 30), noYear.date());
        assertTrue(noYear.yearAssumed());
        assertNull(only(Deadlines.find("xong trước ngày 01/5", null)).date(), "no year anywhere: kept as text");
        assertEquals(LocalDate.of(2024, 6, 29), only(Deadlines.find("hoàn thành trước 30/6/2024", null)).date());
        assertEquals(LocalDate.of(2024, 6, 30), only(Deadlines.find("chậm nhất ngày 30 tháng 6 năm 2024", null)).date());
        assertEquals(LocalDate.of(2024, 3, 31), only(Deadlines.find("tổ chức trong tháng 3/2024", null)).date());
        assertEquals(LocalDate.of(2024, 12, 31), only(Deadlines.find("hoàn thành trong năm 2024", null)).date());
        assertEquals(LocalDate.of(2024, 6, 30), only(Deadlines.find("trong 6 tháng đầu năm 2024", null)).date());
        Deadlines.Found text = only(Deadlines.find("Thời gian thực hiện: trước Tết Nguyên đán", 2024));
        assertNull(text.date());
        assertEquals("Thời gian thực hiện: trước Tết Nguyên đán", text.phrase());
        Deadlines.Result ongoing = Deadlines.find("Thời gian: thường xuyên.", 2024);
        assertTrue(ongoing.ongoing());
        assertTrue(ongoing.found().isEmpty());
        assertTrue(Deadlines.find("theo Kế hoạch số 88/KH-UBND ngày 10 tháng 01 năm 2023 (30/4/1975 - 30/4/2025)", 2024).found().isEmpty(),
                "dates of documents and anniversaries are not deadlines");
    }

    @Test
    void reportingCalendar() {
        assertEquals(List.of("H1 trước ngày 01/05", "year trước ngày 01/11"), entries(CalendarText.find(
                "Định kỳ báo cáo 6 tháng (trước ngày 01 tháng 5), báo cáo năm (trước ngày 01 tháng 11) về tình hình thực hiện.")));
        assertEquals(List.of("H1 trước ngày 15/06", "year trước ngày 15/11"),
                entries(CalendarText.find("Các đơn vị gửi báo cáo 6 tháng và năm trước ngày 15/6 và 15/11 hằng năm.")));
        assertEquals(List.of("quarter 10 ngày sau kỳ"), entries(CalendarText.find("Báo cáo hằng quý, chậm nhất 10 ngày sau khi kết thúc quý.")));
        assertEquals(List.of("month ngày 25/01"), entries(CalendarText.find("Báo cáo hằng tháng vào ngày 25/01.")));
        assertEquals(List.of("year trước ngày 15/01 năm sau"), entries(CalendarText.find("Báo cáo năm gửi trước ngày 15/01 năm sau.")));
        CalendarText.Result reviews = CalendarText.find("Tiến hành sơ kết vào năm 2015 và tổng kết vào năm 2020.");
        assertEquals(List.of("mid_review ", "final_review "), entries(reviews));
        assertEquals(List.of("năm 2015", "năm 2020"), reviews.entries().stream().map(CalendarText.Entry::note).toList());
        assertEquals(List.of("H1 "), entries(CalendarText.find("Tổ chức sơ kết 6 tháng và báo cáo kết quả.")), "a half-year review is the H1 report");
        assertTrue(CalendarText.find("Định kỳ kiểm tra, giám sát; tổng kết kinh nghiệm.").entries().isEmpty(), "no report, no calendar");
        CalendarText.Result three = CalendarText.find("Báo cáo năm và 6 tháng, trước ngày 15/6, 15/11 và 20/12.");
        assertEquals(List.of("year ", "H1 trước ngày 15/06"), entries(three), "only the date right after a period is paired");
        assertEquals(List.of("trước ngày 15/11", "trước ngày 20/12"), three.unpaired(), "the others are reported, not guessed");
        assertTrue(CalendarText.find("Báo cáo năm, nếu trùng ngày nghỉ thì nộp vào ngày làm việc tiếp theo.").shiftOffHolidays());
    }

    @Test
    void unitNamesMatchWithoutCaseOrDiacriticsAndCloseMatchesAreMarked() {
        UnitNames units = new UnitNames(PlanImportFixtures.catalog().units());
        assertEquals(UnitNames.Status.EXACT, units.resolve("ĐẢNG ỦY SỞ GIÁO DỤC VÀ ĐÀO TẠO").status());
        assertEquals("DU-SGDDT", units.resolve("Dang uy So Giao duc va Dao tao").code());
        assertEquals("CB-THPT-VTS", units.resolve("Chi bộ Trường Trung học phổ thông Võ Thị Sáu").code(), "a former name counts");
        UnitNames.Resolution prefix = units.resolve("Công đoàn giáo dục thành phố");
        assertEquals(UnitNames.Status.CLOSE, prefix.status());
        assertEquals("CDGD", prefix.code());
        assertEquals("SGDDT-PCTTT", units.resolve("Phòng Chính trị tư tưởng - Sở Giáo dục và Đào tạo").code());
        assertEquals("CDGD", units.resolve("Công đoàn ngành Giáo dục Thành phố Hồ Chí Minh").code(), "one word the unit's name lacks");
        UnitNames.Resolution many = units.resolve("Chi bộ Trường Trung học phổ thông");
        assertEquals(UnitNames.Status.AMBIGUOUS, many.status());
        assertTrue(many.candidates().size() > 5);
        assertEquals(UnitNames.Status.UNKNOWN, units.resolve("Ban Tuyên giáo Quận ủy").status());
    }

    @Test
    void assignments() {
        Assignments a = new Assignments(new UnitNames(PlanImportFixtures.catalog().units()));
        Assignments.Found explicit = a.explicit("Giao Phòng Chính trị tư tưởng chủ trì, phối hợp với Công đoàn Giáo dục Thành phố Hồ Chí Minh,"
                + " Chi bộ Trung tâm Kỹ thuật tổng hợp - Hướng nghiệp Lê Thị Hồng Gấm và các đơn vị liên quan xây dựng kế hoạch.");
        assertEquals(List.of("Phòng Chính trị tư tưởng"), explicit.lead());
        assertEquals(List.of("Công đoàn Giáo dục Thành phố Hồ Chí Minh", "Chi bộ Trung tâm Kỹ thuật tổng hợp - Hướng nghiệp Lê Thị Hồng Gấm"),
                explicit.coordinate(), "a known unit's name is taken whole, even with “tổng hợp” in it");
        assertEquals(List.of("các đơn vị liên quan"), explicit.addressees());
        Assignments.Found labelled = a.explicit("Đơn vị chủ trì: Sở Giáo dục và Đào tạo; đơn vị phối hợp: Công đoàn Giáo dục Thành phố Hồ Chí Minh.");
        assertEquals(List.of("Sở Giáo dục và Đào tạo"), labelled.lead());
        assertEquals(List.of("Công đoàn Giáo dục Thành phố Hồ Chí Minh"), labelled.coordinate());
        assertEquals(List.of("Hiệu trưởng các trường tiểu học"), a.subject("Hiệu trưởng các trường tiểu học căn cứ kế hoạch này ...").addressees());
        assertTrue(a.subject("Tổ chức tập huấn cho cán bộ").isEmpty());
        assertTrue(a.subject("Tăng cường công tác phối hợp giữa chính quyền với các tổ chức").isEmpty());
        assertTrue(a.explicit("sự phối hợp chặt chẽ giữa chính quyền và Mặt trận").isEmpty(), "“phối hợp giữa” names no unit");
    }

    @Test
    void groupsOfUnitsNameKindsWithSharedWordsSaidOnce() {
        UnitNames units = new UnitNames(PlanImportFixtures.catalog().units());
        assertEquals(List.of("đảng bộ cơ sở", "chi bộ cơ sở"), GroupKinds.of("Các đảng bộ, chi bộ cơ sở", units).kinds());
        assertEquals(List.of("trường mầm non", "trường tiểu học", "trường trung học cơ sở"),
                GroupKinds.of("Hiệu trưởng các trường mầm non, tiểu học và trung học cơ sở", units).kinds());
        GroupKinds.Result unknown = GroupKinds.of("các tổ chức chính trị - xã hội", units);
        assertTrue(unknown.kinds().isEmpty());
        assertEquals(List.of("tổ chức chính trị - xã hội"), unknown.unknown());
    }

    @Test
    void headerCodePlaceAndDate() {
        Header h = HeaderParser.parse(Paragraphs.split(lines("ỦY BAN NHÂN DÂN QUẬN 1", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
                "Số: 215 /KH-GDĐT", "Quận 1, ngày 15 tháng 12 năm 2023", "KẾ HOẠCH", "Tổ chức Hội khỏe Phù Đổng cấp quận",
                "năm học 2023 - 2024")).paragraphs());
        assertEquals("215/KH-GDĐT", h.code());
        assertEquals("Quận 1", h.place());
        assertEquals(LocalDate.of(2023, 12, 15), h.issueDate());
        assertEquals("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", h.issuerPrinted());
        assertEquals("ỦY BAN NHÂN DÂN QUẬN 1", h.superiorPrinted());
        assertEquals("Tổ chức Hội khỏe Phù Đổng cấp quận năm học 2023 - 2024", h.title());
        Header unnumbered = HeaderParser.parse(Paragraphs.split(lines("Số:      /KH-ĐU", "Quận 3, ngày     tháng     năm 2024", "KẾ HOẠCH",
                "Về công tác dân vận")).paragraphs());
        assertEquals("", unnumbered.code(), "a number left blank for the signer to fill in");
        assertEquals(null, unnumbered.issueDate());
        assertEquals(2, unnumbered.findings().stream().filter(f -> f.level() == Finding.Level.CHECK).count(), unnumbered.findings().toString());
    }

    @Test
    void preambleNamesTheDocumentsAndTheIssuer() {
        HeaderParser.Preamble p = HeaderParser.readPreamble("Căn cứ Luật Thực hiện dân chủ ở cơ sở năm 2022; Quyết định số 12/QĐ-UBND ngày 05 tháng 01"
                + " năm 2024 của Ủy ban nhân dân Quận 1 (sau đây gọi tắt là Quyết định 12), Ban Giám hiệu Trường Tiểu học Kim Đồng xây dựng kế hoạch"
                + " như sau:");
        assertEquals(List.of("Luật Thực hiện dân chủ ở cơ sở năm 2022", "Quyết định số 12/QĐ-UBND ngày 05 tháng 01 năm 2024 của Ủy ban nhân dân Quận 1"),
                p.docs());
        assertEquals("Trường Tiểu học Kim Đồng", p.issuer());
    }

    @Test
    void targets() {
        List<TargetText.Target> t = TargetText.find("Phấn đấu đạt 95% trở lên học sinh tham gia; mỗi chi bộ xây dựng ít nhất 02 mô hình “Dân vận khéo”;"
                + " tổ chức 3 hội nghị vào năm 2024.");
        assertEquals(2, t.size(), "“3 hội nghị” states no target word, “năm 2024” is a year");
        assertTrue(t.get(0).percent() && t.get(0).atLeast());
        assertEquals(95.0, t.get(0).value());
        assertEquals("học sinh tham gia", t.get(0).counted());
        assertEquals("mô hình", t.get(1).unit());
        assertEquals("chi bộ xây", t.get(1).eachWords(), "up to three words after “mỗi”; the kinds are looked up by their start");
    }

    private static List<Line> lines(String... texts) {
        return java.util.stream.IntStream.range(0, texts.length).mapToObj(i -> Line.of(i + 1, texts[i])).toList();
    }

    private static Deadlines.Found only(Deadlines.Result r) {
        assertEquals(1, r.found().size(), r.found().toString());
        return r.found().get(0);
    }

    private static List<String> entries(CalendarText.Result r) {
        assertFalse(r == null);
        return r.entries().stream().map(e -> e.type().catalogName() + " " + e.due()).toList();
    }
}

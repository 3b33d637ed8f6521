package vn.tonghop.vi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ShortNamesTest {
    @Test
    void schoolsAreAbbreviatedAndTheRestKept() {
        assertEquals("THCS Nguyễn Văn Trỗi", ShortNames.unit("Trường Trung học cơ sở Nguyễn Văn Trỗi"));
        assertEquals("THPT Lê Quý Đôn", ShortNames.unit("Trường Trung học phổ thông Lê Quý Đôn"));
        assertEquals("TH Kim Đồng", ShortNames.unit("Trường Tiểu học Kim Đồng"));
        assertEquals("MN Hoa Sen", ShortNames.unit("Trường Mầm non Hoa Sen"));
        assertEquals("CĐ Sư phạm Trung ương", ShortNames.unit("Trường Cao đẳng Sư phạm Trung ương"));
    }

    @Test
    void partyUnitsAndOffices() {
        assertEquals("CB THPT Nguyễn Thượng Hiền",
                ShortNames.unit("Chi bộ Trường Trung học phổ thông Nguyễn Thượng Hiền"));
        assertEquals("ĐB Sở GD&ĐT", ShortNames.unit("Đảng bộ Sở Giáo dục và Đào tạo"));
        assertEquals("Sở GD&ĐT", ShortNames.unit("Sở Giáo dục và Đào tạo"));
        assertEquals("Phòng GD&ĐT quận 3", ShortNames.unit("Phòng Giáo dục và Đào tạo quận 3"));
        assertEquals("CB Văn phòng", ShortNames.unit("Chi bộ Văn phòng"));
    }

    @Test
    void phrasesInsideLongerNames() {
        assertEquals("TH và THCS Lê Lợi", ShortNames.unit("Trường Tiểu học và Trung học cơ sở Lê Lợi"));
        assertEquals("THCS và THPT Nguyễn Khuyến",
                ShortNames.unit("Trường Trung học cơ sở và Trung học phổ thông Nguyễn Khuyến"));
        assertEquals("Trung tâm THPT thường xuyên", ShortNames.unit("Trung tâm Trung học phổ thông thường xuyên"));
        assertEquals("THCS Nguyễn Du", ShortNames.unit("Trường THCS Nguyễn Du"), "\"Trường THCS\" as offices write it");
    }

    @Test
    void matchesRegardlessOfNormalisationCaseAndSpaces() {
        String nfd = Normalizer.normalize("Trường Trung học cơ sở Nguyễn Văn Trỗi", Normalizer.Form.NFD);
        String shortName = ShortNames.unit(nfd);
        assertEquals("THCS Nguyễn Văn Trỗi", shortName);
        assertTrue(Normalizer.isNormalized(shortName, Normalizer.Form.NFC), "the result is NFC");

        assertEquals("THCS Nguyễn Văn Trỗi", ShortNames.unit("TRƯỜNG TRUNG HỌC CƠ SỞ Nguyễn Văn Trỗi"));
        assertEquals("THCS nguyễn văn trỗi", ShortNames.unit("trường trung học cơ sở nguyễn văn trỗi"));
        assertEquals("CB THPT Nguyễn Thượng Hiền", ShortNames.unit(
                Normalizer.normalize("  CHI BỘ trường  trung học\u00A0phổ thông Nguyễn Thượng Hiền ", Normalizer.Form.NFD)));
        String upperNfd = Normalizer.normalize("ĐẢNG BỘ PHƯỜNG BẾN NGHÉ".toUpperCase(Locale.ROOT), Normalizer.Form.NFD);
        assertEquals("ĐB PHƯỜNG BẾN NGHÉ", ShortNames.unit(upperNfd));
    }

    @Test
    void onlyWholeWordsAreReplaced() {
        assertEquals("Trường Chính trị tỉnh Bình Dương", ShortNames.unit("Trường Chính trị tỉnh Bình Dương"));
        assertEquals("Trường Thạnh Mỹ Lợi", ShortNames.unit("Trường Thạnh Mỹ Lợi"), "\"Trường Th...\" is not \"Trường TH\"");
        assertEquals("Ban Dân vận", ShortNames.unit("Ban Dân vận"));
        assertEquals("", ShortNames.unit(null));
    }

    @Test
    void periods() {
        assertEquals("6T đầu/2024", ShortNames.period("2024-H1"));
        assertEquals("6T cuối/2024", ShortNames.period("2024-H2"));
        assertEquals("2024", ShortNames.period("2024"));
        assertEquals("Q3/2024", ShortNames.period("2024-Q3"));
        assertEquals("T5/2024", ShortNames.period("2024-05"));
        assertEquals("T12/2024", ShortNames.period("2024-12"));
        assertEquals("6T đầu/2024", ShortNames.period("2024-h1"));
        assertEquals("Sơ kết 2025", ShortNames.period("2025-SK"));
        assertEquals("Tổng kết 2025", ShortNames.period("2025-TK"));
    }

    @Test
    void unknownPeriodCodesFailWithTheCode() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ShortNames.period("2024-13"));
        assertTrue(e.getMessage().contains("2024-13"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ShortNames.period("H1/2024"));
        assertThrows(IllegalArgumentException.class, () -> ShortNames.period(null));
    }
}

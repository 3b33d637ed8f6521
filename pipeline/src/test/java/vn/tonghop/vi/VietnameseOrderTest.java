package vn.tonghop.vi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VietnameseOrderTest {
    @Test
    void unitNamesFollowTheVietnameseAlphabetWithTiesByCode() {
        Map<String, String> names = Map.of("U1", "Trường THCS Đông Hà", "U2", "Trường THCS Dương Nội", "U3", "Chi bộ Ấp Bắc",
                "U4", "Chi bộ An Bình", "U5", "Trường THCS Dương Nội", "U6", "Đảng ủy xã Ơn Hòa", "U7", "Đảng ủy xã Ô Môn");
        List<String> sorted = VietnameseOrder.sorted(List.of("U5", "U1", "U7", "U2", "U6", "U4", "U3"), names::get,
                Comparator.naturalOrder());
        // C before Đ before T; An before Ấp (a, ă, â), Ô before Ơ, Dương before Đông; the two Dương Nội by code
        assertEquals(List.of("U4", "U3", "U7", "U6", "U2", "U5", "U1"), sorted);
    }

    @Test
    void keysGiveTheSameOrderAsComparingThroughTheCollator() {
        String letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ ";
        java.util.Random random = new java.util.Random(7);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            StringBuilder t = new StringBuilder();
            for (int n = 1 + random.nextInt(12); n > 0; n--) {
                char c = letters.charAt(random.nextInt(letters.length()));
                t.append(random.nextInt(5) == 0 ? Character.toUpperCase(c) : c);
            }
            texts.add(t.toString());
        }
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
        List<String> expected = new ArrayList<>(texts);
        expected.sort(Comparator.comparing((String s) -> s, collator::compare).thenComparing(Comparator.naturalOrder()));
        assertEquals(expected, VietnameseOrder.sorted(texts, s -> s, Comparator.naturalOrder()));
        List<String> byComparator = new ArrayList<>(texts);
        byComparator.sort(VietnameseOrder.texts().thenComparing(Comparator.naturalOrder()));
        assertEquals(expected, byComparator);
    }
}

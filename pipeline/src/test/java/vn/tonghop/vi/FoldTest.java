package vn.tonghop.vi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class FoldTest {
    @Test
    void headersAndCodesMatchWithoutDiacriticsCaseOrSpaces() {
        assertEquals("madonvi", Fold.fold("Mã đơn vị"));
        assertEquals("madonvi", Fold.fold("MÃ ĐƠN VỊ"));
        assertEquals(Fold.fold("74-KH/ĐU"), Fold.fold("74-kh/du"));
        assertEquals("dangbo", Fold.fold("Đảng bộ"), "đ needs its own mapping: NFD leaves it whole");
    }

    @Test
    void decomposedAndComposedVietnameseFoldAndNormaliseAlike() {
        String nfd = Normalizer.normalize("Trường", Normalizer.Form.NFD);
        assertNotEquals("Trường", nfd);
        assertEquals(Fold.fold("Trường"), Fold.fold(nfd));
        assertEquals("Trường", Fold.nfc(nfd));
    }

    @Test
    void phrasesKeepSingleSpaces() {
        assertEquals("truoc ngay 01/05 nam sau", Fold.foldPhrase("  Trước  ngày 01/05\u00A0năm sau "));
    }

    @Test
    void vietnameseNumbersAndDates() {
        assertEquals("1.234,5", ViFormat.number(1234.5, 1));
        assertEquals("2.071", ViFormat.integer(2071));
        assertEquals("90,5", ViFormat.number(90.476, 1));
        assertEquals("30/04/2024", ViFormat.date(java.time.LocalDate.of(2024, 4, 30)));
    }
}

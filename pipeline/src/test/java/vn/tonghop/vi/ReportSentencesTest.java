package vn.tonghop.vi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReportSentencesTest {
    @Test
    void aFewNamesAreAllListed() {
        List<String> names = List.of("Chi bộ A", "Chi bộ B", "Chi bộ C");
        assertSame(names, ReportSentences.atMost(names, 3));
        assertEquals("Chi bộ A, Chi bộ B và Chi bộ C", ReportSentences.list(ReportSentences.atMost(names, 3)));
    }

    @Test
    void pastTheLimitTheOthersAreCountedNotDropped() {
        List<String> names = IntStream.rangeClosed(1, 1234 + 30).mapToObj(i -> "Chi bộ " + i).toList();
        List<String> listed = ReportSentences.atMost(names, 30);
        assertEquals(31, listed.size());
        assertEquals(names.subList(0, 30), listed.subList(0, 30));
        assertEquals("1.234 đơn vị khác", listed.get(30));
        assertEquals(true, ReportSentences.list(listed).endsWith("Chi bộ 29, Chi bộ 30 và 1.234 đơn vị khác"));
    }
}

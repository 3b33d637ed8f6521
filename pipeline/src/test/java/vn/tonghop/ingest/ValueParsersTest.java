package vn.tonghop.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValueParsersTest {
    @Test
    void vietnameseNumbers() {
        assertEquals(new BigDecimal("1234"), VietNumber.parse("1.234").orElseThrow().value());
        assertEquals(new BigDecimal("12.5"), VietNumber.parse("12,5").orElseThrow().value());
        assertEquals(new BigDecimal("1234567.25"), VietNumber.parse("1.234.567,25").orElseThrow().value());
        assertEquals(new BigDecimal("95"), VietNumber.parse("95%").orElseThrow().value());
        assertTrue(VietNumber.parse("95%").orElseThrow().percent());
        assertTrue(VietNumber.parse("1.5").isEmpty(), "a dot must group exactly three digits");
        assertTrue(VietNumber.parse("1,234,5").isEmpty());
        assertTrue(VietNumber.parse("mười").isEmpty());
    }

    @Test
    void taskStatuses() {
        assertEquals(TaskStatus.DONE, TaskStatus.parse("Hoàn thành").orElseThrow().status());
        assertEquals(TaskStatus.DONE, TaskStatus.parse("HT").orElseThrow().status());
        TaskStatus.Parsed partly = TaskStatus.parse("Đang thực hiện (60%)").orElseThrow();
        assertEquals(TaskStatus.IN_PROGRESS, partly.status());
        assertEquals(0, new BigDecimal("60").compareTo(partly.percent()));
        assertEquals(TaskStatus.NOT_STARTED, TaskStatus.parse("chưa thực hiện").orElseThrow().status());
        assertEquals(TaskStatus.DONE, TaskStatus.parse("100%").orElseThrow().status());
        assertEquals(TaskStatus.IN_PROGRESS, TaskStatus.parse("45,5%").orElseThrow().status());
        assertTrue(TaskStatus.parse("tốt").isEmpty());
    }
}

package vn.tonghop.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Date;
import org.junit.jupiter.api.Test;

/** CSV cells for machines: plain decimals, ISO dates, and no text a spreadsheet would run as a formula. */
class DatasetFilesTest {
    @Test
    void cellsArePlainAndFormulasAreNeutralised() {
        assertEquals("8.235", DatasetFiles.cell(8.234999999999998));
        assertEquals("0.0000001", DatasetFiles.cell(1e-7));
        assertEquals("-3", DatasetFiles.cell(-3.0), "a negative number stays a number");
        assertEquals("2024-05-02", DatasetFiles.cell(Date.valueOf("2024-05-02")));
        assertEquals("", DatasetFiles.cell(null));
        assertEquals("'=HYPERLINK(\"http://x\",\"bấm\")", DatasetFiles.cell("=HYPERLINK(\"http://x\",\"bấm\")"));
        assertEquals("'@SUM(A1)", DatasetFiles.cell("@SUM(A1)"));
        assertEquals("'- Tiếp tục quán triệt", DatasetFiles.cell("- Tiếp tục quán triệt"));
        assertEquals("Chi bộ", DatasetFiles.cell("Chi bộ"));
    }
}

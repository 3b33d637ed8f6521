package vn.tonghop.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The submission rules decide each row in a second pass; messages name at most 20 rows however many repeat. */
class SubmissionRulesTest {
    private static final String HEADER = "ma_don_vi,ma_ke_hoach,ky_bao_cao,ngay_nop,ma_muc,gia_tri,ghi_chu\n";

    @Test
    void manyRepeatsKeepTheFirstRowAndNameTheFirstTwentyRows(@TempDir Path dir) throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        csv.append("CB-A,12-KH/ĐU,2024-H1,28/04/2024,MH-DK,3,Trường THPT An Lạc\n".repeat(30));
        for (int i = 0; i < 25; i++) {
            csv.append("CB-A,12-KH/ĐU,2024-H1,28/04/2024,CBVC,").append(40 + i).append(",\n");
        }
        Path file = Files.writeString(dir.resolve("lap-lai.csv"), csv);

        BadInputCorpusTest.Outcome outcome = BadInputCorpusTest.ingest(List.of(BadInputCorpusTest.source(file)));

        assertEquals(1, outcome.accepted, "only the first of 30 exact repeats");
        assertEquals(29, outcome.rows.stream().filter(r -> !r.accepted() && r.rejection().reason() == Reason.TRUNG_DONG).count());
        List<ReportRow> differing = outcome.rows.stream()
                .filter(r -> !r.accepted() && r.rejection().reason() == Reason.TRUNG_MUC_KHAC_GIA_TRI).toList();
        assertEquals(25, differing.size(), "every copy of an item with differing values");
        String message = differing.get(0).rejection().message();
        assertTrue(message.contains("các dòng 32, 33, 34") && message.contains("51 và 5 dòng khác"), message);
    }
}

package vn.tonghop.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.testing.TestCatalogs;

/**
 * A ~100 MB valid CSV (generated here, never committed) is ingested into a store by a child JVM
 * limited to 256 MB of heap: it passes when the child completes with every row accepted. Nothing
 * is timed; the wait limit only stops a hung child.
 */
class LargeCsvStreamingTest {
    private static final long TARGET_BYTES = 100L << 20;
    private static final String AS_OF = "2025-06-20";
    private static final String HEADER = "ma_don_vi,ma_ke_hoach,ky_bao_cao,ngay_nop,ma_muc,gia_tri,ghi_chu\n";
    /** Per period of plan 12-KH/ĐU in the mini catalog: date, then item and value pairs. */
    private static final String[][] PERIODS = {
        {"2024-H1", "28/04/2024", "NV1", "hoàn thành", "NV2", "đang thực hiện 60%", "MH-DK", "3", "CBVC", "1.234",
            "ATGT-DK", "1.200", "HAI-LONG", "\"8,7\"", "TL-HT", "95%"},
        {"2024", "10/01/2025", "NV1", "hoàn thành", "NV2", "hoàn thành", "MH-DK", "4", "CBVC", "1.240",
            "ATGT-DK", "1.240", "HAI-LONG", "\"9,1\"", "TL-HT", "100%"},
        {"2025-H1", "28/04/2025", "NV1", "đang thực hiện 40%", "NV2", "chưa thực hiện", "MH-DK", "2", "CBVC", "1.251",
            "ATGT-DK", "1.100"},
    };
    private static final String NOTE = "Chi bộ %s đã quán triệt nghị quyết đến 100%% đảng viên, tổ chức sinh hoạt chuyên đề"
            + " về mô hình \"\"Dân vận khéo\"\" kỳ %s; đăng ký thực hiện, có biên bản và danh sách kèm theo. ";

    @Test
    void aHundredMegabyteCsvIsIngestedWithin256MegabytesOfHeap(@TempDir Path temp) throws Exception {
        Path catalog = TestCatalogs.copyOfMini(temp.resolve("catalog"));
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        Path report = inbox.resolve("bao-cao-rat-lon.csv");
        List<String> units = new ArrayList<>();
        long rows = writeReport(report, units);
        appendUnits(catalog.resolve("units.csv"), units);
        assertTrue(Files.size(report) >= TARGET_BYTES, "the generated report is at least 100 MB");

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                LargeCsvIngestMain.class.getName(), catalog.toString(), inbox.toString(), temp.resolve("store").toString(), AS_OF)
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!child.waitFor(15, TimeUnit.MINUTES)) {
            child.destroyForcibly();
        }

        assertEquals(0, child.exitValue(), () -> "the child JVM failed:\n" + output);
        String counts = String.format(Locale.ROOT, "rows_read=%d accepted=%d quarantined=0 stored_accepted=%d", rows, rows, rows);
        assertTrue(output.contains(counts), () -> "expected " + counts + " in:\n" + output);
        System.out.printf(Locale.ROOT, "%s: %,d bytes, %,d rows, %d units; child: %s%n", report.getFileName(), Files.size(report),
                rows, units.size(), output.lines().filter(l -> l.startsWith("rows_read=")).findFirst().orElse(""));
    }

    /** Writes whole units (19 rows each, long notes) until the file reaches the target size; returns the row count. */
    private static long writeReport(Path report, List<String> units) throws IOException {
        long rows = 0;
        long bytes = HEADER.length();
        try (BufferedWriter out = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            while (bytes < TARGET_BYTES) {
                String unit = String.format(Locale.ROOT, "CB-T%05d", units.size() + 1);
                units.add(unit);
                for (String[] period : PERIODS) {
                    String note = "\"" + String.format(Locale.ROOT, NOTE, unit, period[0]).repeat(4).strip() + "\"";
                    for (int i = 2; i < period.length; i += 2) {
                        String line = String.join(",", unit, "12-KH/ĐU", period[0], period[1], period[i], period[i + 1], note) + "\n";
                        out.write(line);
                        bytes += line.getBytes(StandardCharsets.UTF_8).length;
                        rows++;
                    }
                }
            }
        }
        return rows;
    }

    private static void appendUnits(Path unitsCsv, List<String> units) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < units.size(); i++) {
            lines.append(units.get(i)).append(",Chi bộ thử nghiệm số ").append(i + 1).append(",chi bộ cơ sở,DU,2020-01-01,,,\n");
        }
        Files.writeString(unitsCsv, lines, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}

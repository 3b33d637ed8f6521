package vn.tonghop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.testing.SharedSpark;
import vn.tonghop.testing.SiteTrees;
import vn.tonghop.testing.TestCatalogs;
import vn.tonghop.testing.Cli;

/**
 * The nightly run as cron calls it: a run with nothing new does no work, a run with one new report
 * re-aggregates only its plan's year and the next, and publishes what a full rebuild publishes,
 * byte for byte (datasets included: they are the site's downloads; documents too: the compiled
 * report and the missing units' blank forms, linked from the period pages).
 */
class IncrementalRunTest {
    @Test
    void nothingNewDoesNoWorkAndANewReportGivesWhatAFullRebuildGives(@TempDir Path dir) throws IOException {
        SharedSpark.session(); // the run reuses the test JVM's one local session
        Path inbox = CliTest.inbox(dir, "ok-utf8.csv");
        Path var = dir.resolve("var");
        List<String> args = List.of("run", "--catalog", TestCatalogs.MINI.toString(), "--inbox", inbox.toString(),
                "--workdir", var.toString(), "--as-of", "2025-06-20", "--shuffle-partitions", "2");

        Cli.Result first = Cli.run(args.toArray(String[]::new));
        assertEquals(ExitCode.OK, first.code(), first.out() + first.err());
        assertTrue(first.out().contains("chưa có trạng thái lần chạy trước"), first.out());
        assertEquals("site-releases/r000001", Files.readSymbolicLink(var.resolve("site")).toString());
        Path period = var.resolve("site-releases/r000001/ke-hoach/12-kh-du/2024-h1");
        assertTrue(Files.isRegularFile(period.resolve("bao-cao-tong-hop.docx")), "the documents stage's report is published");
        assertTrue(first.out().contains("không có PDF"), "no Chromium in nightly runs under test: " + first.out());
        Path latest = period.resolveSibling("2025-h1");
        assertTrue(Files.isRegularFile(latest.resolve("mau-bao-cao/cb-c.xlsx")), "a blank form for the unit missing in the latest past-due period");
        String latestPage = Files.readString(latest.resolve("index.html"));
        assertTrue(latestPage.contains("12-kh-du/2025-h1/mau-bao-cao/cb-c.xlsx\"") && latestPage.contains("12-kh-du/2025-h1/bao-cao-tong-hop.docx\""),
                "the period page links the report and the missing unit's form");
        assertTrue(!Files.exists(period.resolve("mau-bao-cao")) && !Files.readString(period.resolve("index.html")).contains("mau-bao-cao/cb-c.xlsx"),
                "an older period's missing unit gets its form from `tonghop forms`, not from every night");

        Cli.Result idle = Cli.run(args.toArray(String[]::new));
        assertEquals(ExitCode.OK, idle.code(), idle.out() + idle.err());
        assertTrue(idle.out().startsWith("Không có gì thay đổi kể từ lần chạy trước"), idle.out());
        assertTrue(!idle.out().contains("Giai đoạn"), "no stage ran: " + idle.out());
        assertEquals("site-releases/r000001", Files.readSymbolicLink(var.resolve("site")).toString(), "nothing republished");

        Files.writeString(inbox.resolve("cb-c-2024-h1.csv"), """
                ma_don_vi,ma_ke_hoach,ky_bao_cao,ngay_nop,ma_muc,gia_tri,ghi_chu
                CB-C,12-KH/ĐU,2024-H1,02/06/2024,NV1,hoàn thành,Chi bộ mới thành lập đã quán triệt kế hoạch
                CB-C,12-KH/ĐU,2024-H1,02/06/2024,MH-DK,2,
                """, StandardCharsets.UTF_8);
        Files.writeString(inbox.resolve("cb-c-2025-h1.csv"), """
                ma_don_vi,ma_ke_hoach,ky_bao_cao,ngay_nop,ma_muc,gia_tri,ghi_chu
                CB-C,12-KH/ĐU,2025-H1,05/06/2025,NV1,hoàn thành,
                """, StandardCharsets.UTF_8);
        Cli.Result dry = Cli.run(concat(args, "--dry-run"));
        assertTrue(dry.out().contains("2 tệp chưa có trong kho sẽ được nạp"), dry.out());
        assertEquals("site-releases/r000001", Files.readSymbolicLink(var.resolve("site")).toString(), "a dry run writes nothing");

        Cli.Result next = Cli.run(args.toArray(String[]::new));
        assertEquals(ExitCode.OK, next.code(), next.out() + next.err());
        assertTrue(next.out().contains("Cần chạy vì: 2 tệp mới hoặc đã sửa trong hộp thư."), next.out());
        assertTrue(next.out().contains("lấy từ bộ nhớ đệm"), next.out());
        assertTrue(next.out().contains("chỉ tổng hợp lại 12-KH/ĐU năm 2024, 12-KH/ĐU năm 2025"),
                "only the new report's year and the next are re-aggregated: " + next.out());
        Cli.Result full = Cli.run(concat(args, "--full"));
        assertEquals(ExitCode.OK, full.code(), full.out() + full.err());
        assertTrue(full.out().contains("(0 lấy từ bộ nhớ đệm)"), "--full redraws every chart: " + full.out());
        assertEquals(headline(full.out()), headline(next.out()), "the partial run prints the plan's headline a full run prints");

        Path releases = var.resolve("site-releases");
        assertEquals(List.of(), SiteTrees.differences(releases.resolve("r000002"), releases.resolve("r000003")),
                "the incremental run published what the full rebuild published");
        assertTrue(Files.readString(releases.resolve("r000003/don-vi/cb-c/index.html")).contains("02/06/2024"),
                "the new report is on its unit's page");
        assertTrue(!Files.exists(releases.resolve("r000002/ke-hoach/12-kh-du/2025-h1/mau-bao-cao/cb-c.xlsx")),
                "a unit that reported has no blank form any more");
        Path reported = releases.resolve("r000002/ke-hoach/12-kh-du/2024-h1");
        assertTrue(Files.readString(reported.resolve("index.html")).contains("12-kh-du/2024-h1/nguon/cb-c.html\""),
                "instead its row links the sources of its figures");
    }

    /** The plan's headline line: its root's reporting in the latest period due. */
    private static String headline(String out) {
        return out.lines().filter(l -> l.startsWith("  12-KH/ĐU, kỳ ") && l.contains("đơn vị nộp báo cáo")).findFirst()
                .orElseThrow(() -> new AssertionError("no headline in: " + out));
    }

    private static String[] concat(List<String> args, String extra) {
        List<String> all = new ArrayList<>(args);
        all.add(extra);
        return all.toArray(String[]::new);
    }
}

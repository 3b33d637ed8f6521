package vn.tonghop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.publish.Publisher;
import vn.tonghop.testing.TestCatalogs;
import vn.tonghop.testing.Cli;

/** When the nightly run freezes a year, and {@code tonghop archive} as users run it. */
class ArchiveStageTest {
    static final Catalog MINI = TestCatalogs.mini();

    @TempDir
    Path dir;

    @Test
    void aYearIsFrozenThirtyDaysAfterTheLastDueDateOfAnyOfItsPeriods() {
        // 2024 in the mini catalog: 12-KH/ĐU's annual report is due 15 days after the year, 15/01/2025,
        // the latest of its periods (14-KH/ĐU's second half is due 10/01/2025).
        assertEquals(LocalDate.of(2025, 1, 15), ArchiveStage.lastDueDates(MINI, 2025).get(2024));
        assertEquals(List.of(), ArchiveStage.yearsToFreeze(MINI, LocalDate.of(2025, 2, 13), Set.of()), "29 days past due");
        assertEquals(List.of(2024), ArchiveStage.yearsToFreeze(MINI, LocalDate.of(2025, 2, 14), Set.of()), "30 days past due");
        assertEquals(List.of(), ArchiveStage.yearsToFreeze(MINI, LocalDate.of(2025, 2, 14), Set.of(2024)), "already frozen");
        assertEquals(List.of(2024), ArchiveStage.yearsToFreeze(MINI, LocalDate.of(2026, 1, 20), Set.of()),
                "2025 waits for its annual report, due 15/01/2026");
        assertFalse(ArchiveStage.lastDueDates(MINI, 2025).containsKey(2023), "no plan reports for 2023: nothing to freeze");
    }

    @Test
    void theRunFreezesTheReleaseItJustPublishedOnce() throws IOException {
        Settings settings = settings(LocalDate.of(2025, 6, 20));
        publishTinySite(settings.site());

        String first = archiveStage(settings);
        assertTrue(first.contains("đã đóng băng năm 2024"), first);
        assertTrue(Files.isRegularFile(settings.archive().resolve("2024/index.html")));

        String second = archiveStage(settings);
        assertTrue(second.contains("không có năm nào cần đóng băng (đã đóng băng: 2024)"), second);
    }

    @Test
    void theArchiveCommandFreezesAYearWithChecksumsThatVerifyAndRefusesToFreezeItAgain() throws IOException {
        publishTinySite(dir.resolve("var/site"));
        String var = dir.resolve("var").toString();
        String[] args = {"archive", "2024", "--catalog", TestCatalogs.MINI.toString(), "--workdir", var, "--as-of", "2025-06-20"};

        Cli.Result frozen = Cli.run(args);
        assertEquals(ExitCode.OK, frozen.code(), frozen.out() + frozen.err());
        assertTrue(frozen.out().contains("Đã đóng băng năm 2024: 3 tệp"), frozen.out()); // the page, the year's reports, SHA256SUMS
        Path year = dir.resolve("var/archive/2024");
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(year.resolve("du-lieu-nam/bao-cao-da-nhan.zip").toFile())) {
            List<String> entries = java.util.Collections.list(zip.entries()).stream().map(java.util.zip.ZipEntry::getName).toList();
            assertEquals(List.of("bao-cao-da-nhan.csv"), entries, "the year's accepted reports are kept, zipped");
            String csv = new String(zip.getInputStream(zip.getEntry("bao-cao-da-nhan.csv")).readAllBytes(), StandardCharsets.UTF_8);
            assertEquals("\uFEFF" + String.join(",", vn.tonghop.store.StoreSchemas.ROWS.columnNames()) + "\r\n", csv,
                    "a CSV Excel reads as UTF-8: a BOM, then the header (the store has no rows of 2024)");
        }

        Cli.Result verified = Cli.run("archive", "--verify", "--workdir", var);
        assertEquals(ExitCode.OK, verified.code(), verified.out() + verified.err());
        assertTrue(verified.out().contains("Năm 2024: 2 tệp, tất cả khớp SHA-256"), verified.out());

        Cli.Result again = Cli.run(args);
        assertEquals(ExitCode.FAILURE, again.code());
        assertTrue(again.err().contains("Lỗi lưu trữ: Năm 2024 đã được đóng băng"), again.err());

        Files.writeString(year.resolve("index.html"), "<h1>sửa sau khi đóng băng</h1>", StandardCharsets.UTF_8);
        Cli.Result tampered = Cli.run("archive", "2024", "--verify", "--workdir", var);
        assertEquals(ExitCode.FAILURE, tampered.code(), tampered.out());
        assertTrue(tampered.out().contains("khác (SHA-256 không khớp): index.html"), tampered.out());

        Cli.Result badYear = Cli.run("archive", "24", "--workdir", var);
        assertEquals(ExitCode.BAD_CONFIGURATION, badYear.code(), badYear.err());
    }

    @Test
    void aYearWhoseReportsMayStillArriveNeedsForce() {
        publishTinySite(dir.resolve("var/site"));
        String[] args = {"archive", "2025", "--catalog", TestCatalogs.MINI.toString(), "--workdir", dir.resolve("var").toString(),
                "--as-of", "2025-06-20"};
        Cli.Result warned = Cli.run(args);
        assertEquals(ExitCode.FAILURE, warned.code(), warned.out() + warned.err());
        assertTrue(warned.out().startsWith("Cảnh báo: báo cáo năm 2025 có thể còn đến"), warned.out());
        assertFalse(Files.exists(dir.resolve("var/archive/2025")), "nothing frozen without --force");

        String[] forced = java.util.Arrays.copyOf(args, args.length + 1);
        forced[args.length] = "--force";
        Cli.Result done = Cli.run(forced);
        assertEquals(ExitCode.OK, done.code(), done.out() + done.err());
        assertTrue(Files.isRegularFile(dir.resolve("var/archive/2025/SHA256SUMS")));
    }

    private Settings settings(LocalDate asOf) {
        Path var = dir.resolve("var");
        return new Settings(TestCatalogs.MINI, List.of(), var.resolve("store"), var.resolve("datasets"), var.resolve("state"),
                var.resolve("site"), var.resolve("archive"), asOf, true);
    }

    private static void publishTinySite(Path site) {
        new Publisher(site).publish(staging -> {
            try {
                Files.createDirectories(staging);
                return Files.writeString(staging.resolve("index.html"), "<h1>Tổng hợp</h1>", StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static String archiveStage(Settings settings) {
        StringWriter out = new StringWriter();
        ArchiveStage.run(settings, MINI, vn.tonghop.store.Store.open(settings.store().toString()), new PrintWriter(out, true));
        return out.toString();
    }
}

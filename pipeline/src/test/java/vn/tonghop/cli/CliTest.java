package vn.tonghop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.common.Hashing;
import vn.tonghop.store.Store;
import vn.tonghop.store.StoreTables;
import vn.tonghop.testing.SharedSpark;
import vn.tonghop.testing.Cli;
import vn.tonghop.testing.Cli.Result;
import vn.tonghop.testing.TestCatalogs;

/** The command line as users run it: exit codes, summaries, nothing added twice, nothing written by validate. */
class CliTest {
    static final Path CORPUS = Path.of("pipeline/src/test/resources/corpus");

    static Result run(String... args) {
        return Cli.run(args);
    }

    static Path inbox(Path dir, String... corpusFiles) throws IOException {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        for (String f : corpusFiles) {
            Files.copy(CORPUS.resolve(f), inbox.resolve(f));
        }
        return inbox;
    }

    @Test
    void ingestPrintsCountsThatAddUpAndASecondRunAddsNothing(@TempDir Path dir) throws IOException {
        Path inbox = inbox(dir, "ok-utf8.csv", "bad-numbers.csv", "bad-empty.csv");
        String before = Hashing.sha256(inbox.resolve("bad-numbers.csv")) + Files.getLastModifiedTime(inbox.resolve("bad-numbers.csv"));
        String[] args = {"ingest", "--catalog", TestCatalogs.MINI.toString(), "--inbox", inbox.toString(),
                "--workdir", dir.resolve("var").toString(), "--store", dir.resolve("store").toString(), "--as-of", "2025-06-20"};
        Result first = run(args);
        assertEquals(ExitCode.NEW_INPUT_QUARANTINED, first.code(), first.out() + first.err());
        assertTrue(first.out().contains("Dòng: 21 đọc = 14 nhận + 7 cách ly"), first.out());
        assertTrue(first.out().contains("1 bị cách ly cả tệp"), first.out());
        assertTrue(first.out().contains("SO_KHONG_HOP_LE"), first.out());
        assertTrue(first.out().contains("bad-numbers.csv, dòng 9, cột gia_tri"), first.out());

        Result second = run(args);
        assertEquals(ExitCode.OK, second.code(), "old quarantine never sets the code: " + second.out());
        assertTrue(second.out().contains("3 đã nạp từ trước"), second.out());
        assertTrue(second.out().contains("Dòng: 0 đọc = 0 nhận + 0 cách ly"), second.out());
        assertEquals(before, Hashing.sha256(inbox.resolve("bad-numbers.csv")) + Files.getLastModifiedTime(inbox.resolve("bad-numbers.csv")),
                "input folders are only read");
    }

    @Test
    void validateNamesFileRowAndFieldAndWritesNothing(@TempDir Path dir) {
        Result r = run("validate", "--catalog", TestCatalogs.MINI.toString(), "--as-of", "2025-06-20",
                "--workdir", dir.resolve("var").toString(), CORPUS.resolve("bad-merged-unit.csv").toString());
        assertEquals(ExitCode.NEW_INPUT_QUARANTINED, r.code());
        assertTrue(r.out().contains("bad-merged-unit.csv, dòng 2, cột ma_don_vi: đơn vị CB-B không còn hiệu lực"), r.out());
        assertTrue(r.out().contains("DON_VI_HET_HIEU_LUC"), r.out());
        assertFalse(Files.exists(dir.resolve("var")), "a dry run writes nothing");

        Result good = run("validate", "--catalog", TestCatalogs.MINI.toString(), "--as-of", "2025-06-20",
                CORPUS.resolve("ok-utf8.csv").toString());
        assertEquals(ExitCode.OK, good.code(), good.out());
    }

    @Test
    void fixingTheCatalogRecoversQuarantinedRows(@TempDir Path dir) throws IOException {
        Path catalog = TestCatalogs.copyOfMini(dir.resolve("catalog"));
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(inbox.resolve("cb-moi.csv"), """
                ma_don_vi,ma_ke_hoach,ky_bao_cao,ngay_nop,ma_muc,gia_tri,ghi_chu
                CB-MOI,12-KH/ĐU,2024-H1,28/04/2024,NV1,hoàn thành,
                CB-MOI,12-KH/ĐU,2024-H1,28/04/2024,MH-DK,2,
                CB-A,12-KH/ĐU,2024-H1,28/04/2024,MH-DK,3,
                """, StandardCharsets.UTF_8);
        Path store = dir.resolve("store");
        String[] args = {"ingest", "--catalog", catalog.toString(), "--inbox", inbox.toString(), "--store", store.toString(),
                "--workdir", store.resolveSibling("var").toString(),
                "--as-of", "2025-06-20"};
        Result first = run(args);
        assertEquals(ExitCode.NEW_INPUT_QUARANTINED, first.code());
        assertTrue(first.out().contains("DON_VI_KHONG_TON_TAI"), first.out());

        Files.writeString(catalog.resolve("units.csv"), "CB-MOI,Chi bộ Mới,chi bộ cơ sở,DU,2024-01-01,,,\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Result second = run(args);
        assertEquals(ExitCode.OK, second.code(), second.out() + second.err());
        assertTrue(second.out().contains("2 dòng nay được nhận"), second.out());
        Store opened = Store.open(store.toString());
        assertEquals(3, StoreTables.accepted(SharedSpark.session(), opened).count());
        assertEquals(0, StoreTables.quarantine(SharedSpark.session(), opened).count(), "the old quarantine is replaced");
        assertEquals(1, StoreTables.files(SharedSpark.session(), opened).count(), "one live outcome per file");
    }

    @Test
    void aBrokenCatalogIsRefusedWithEveryProblem(@TempDir Path dir) throws IOException {
        Path catalog = TestCatalogs.copyOfMini(dir.resolve("catalog"));
        Files.writeString(catalog.resolve("units.csv"), "CB-X,Chi bộ X,chi bộ cơ sở,KHONG-CO,2020-01-01,,,\n"
                + "CB-Y,Chi bộ Y,chi bộ cơ sở,DU,ngày mai,,,\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Result r = run("ingest", "--catalog", catalog.toString(), "--inbox", dir.toString(), "--store", dir.resolve("s").toString(),
                "--workdir", dir.resolve("var").toString());
        assertEquals(ExitCode.BAD_CONFIGURATION, r.code());
        assertTrue(r.err().contains("KHONG-CO") && r.err().contains("ngày mai"), r.err());
    }

    @Test
    void commandsWithoutArgumentsPrintUsage() {
        assertEquals(ExitCode.USAGE, run().code());
        assertEquals(ExitCode.USAGE, run("ingest", "--no-such-option").code());
        List<String> names = new ArrayList<>(Main.commandLine().getSubcommands().keySet());
        assertTrue(names.containsAll(List.of("run", "ingest", "validate")), names.toString());
    }

    @Test
    void importPlanWritesADraftPrintsWhatToCheckAndNeverOverwrites(@TempDir Path dir) throws IOException {
        String catalog = TestCatalogs.BUNDLED.toString();
        String plan = "data/plan-sources/plan-74-KH-DU-mat-tran.txt";
        Path out = dir.resolve("nhap.yaml");
        Result r = run("import-plan", "--catalog", catalog, plan, "--out", out.toString());
        assertEquals(ExitCode.NEEDS_CHECK, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("Cần kiểm tra (6):"), r.out());
        assertTrue(r.out().contains("dòng 33, 67: mục III. được đánh số hai lần"), r.out());
        assertTrue(r.out().contains("Đã ghi bản nháp: " + out), r.out());
        assertTrue(Files.readString(out, StandardCharsets.UTF_8).contains("code: \"74-KH/ĐU\""));

        Result again = run("import-plan", "--catalog", catalog, plan, "--out", out.toString());
        assertEquals(ExitCode.BAD_CONFIGURATION, again.code());
        assertTrue(again.err().contains("đã có; không ghi đè"), again.err());
        assertEquals(ExitCode.NEEDS_CHECK, run("import-plan", "--catalog", catalog, plan, "--out", out.toString(), "--force").code());

        Path folder = Files.createDirectories(dir.resolve("ban-nhap"));
        assertEquals(ExitCode.NEEDS_CHECK, run("import-plan", "--catalog", catalog, plan, "--out", folder.toString()).code());
        assertTrue(Files.isRegularFile(folder.resolve("74-kh-du.yaml")));
        assertTrue(Files.readString(folder.resolve("74-kh-du.report.txt"), StandardCharsets.UTF_8).startsWith("Nhập kế hoạch từ plan-74-KH-DU-mat-tran.txt"));

        Result clean = run("import-plan", "--catalog", catalog, "pipeline/src/test/resources/planimport/synthetic-hoi-thi-clean.txt",
                "--out", dir.resolve("sach.yaml").toString());
        assertEquals(ExitCode.OK, clean.code(), clean.out());
        assertTrue(clean.out().contains("Không có điểm nào cần kiểm tra."), clean.out());

        Path doc = Files.writeString(dir.resolve("ke-hoach.doc"), "x");
        Result unreadable = run("import-plan", "--catalog", catalog, doc.toString(), "--out", dir.resolve("x.yaml").toString());
        assertEquals(ExitCode.BAD_CONFIGURATION, unreadable.code());
        assertTrue(unreadable.err().contains("Không đọc được văn bản kế hoạch"), unreadable.err());
        assertFalse(Files.exists(dir.resolve("x.yaml")));
    }
}

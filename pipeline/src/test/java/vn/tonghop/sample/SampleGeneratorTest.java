package vn.tonghop.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.CatalogLoader;
import vn.tonghop.cli.ExitCode;
import vn.tonghop.cli.Main;
import vn.tonghop.ingest.FileRecord;
import vn.tonghop.ingest.Inbox;
import vn.tonghop.ingest.Ingest;
import vn.tonghop.ingest.IngestSummary;
import vn.tonghop.ingest.Reason;
import vn.tonghop.ingest.ReportRow;
import vn.tonghop.ingest.RowSink;
import vn.tonghop.ingest.SubmissionRecord;

class SampleGeneratorTest {
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 20);
    static final long SEED = 20250620L;

    @Test
    void sameSeedGivesSameBytesAndIngestFindsEveryKindOfBadInput(@TempDir Path first, @TempDir Path second) throws IOException {
        Catalog catalog = CatalogLoader.load(Path.of("data/catalog"));
        SampleGenerator.Result a = SampleGenerator.generate(catalog, AS_OF, SEED, first);
        SampleGenerator.Result b = SampleGenerator.generate(catalog, AS_OF, SEED, second);

        assertEquals(a, b);
        List<String> csvFirst = files(first, ".csv");
        assertEquals(csvFirst, files(second, ".csv"));
        for (String name : csvFirst) {
            assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)), name);
        }
        assertEquals(a.files(), files(first, "").size());
        assertFalse(files(first, ".xlsx").isEmpty(), "some reports are .xlsx");
        assertEquals(a.reportsExpected(), a.onTime() + a.late() + a.missing() + a.resubmitted());
        assertTrue(a.missing() > 0 && a.late() > 0 && a.resubmitted() > 0, a.toString());

        Set<String> quarantinedFiles = new TreeSet<>();
        RowSink sink = new RowSink() {
            @Override
            public void row(ReportRow row) {
                if (!row.accepted()) {
                    quarantinedFiles.add(row.lineage().sourceFile());
                }
            }

            @Override
            public void file(FileRecord file) {
                if (file.rejection() != null) {
                    quarantinedFiles.add(file.lineage().sourceFile());
                }
            }

            @Override
            public void submission(SubmissionRecord submission) {
            }
        };
        IngestSummary s = new Ingest(catalog, AS_OF).run(Inbox.scan(List.of(first)).files(),
                new Ingest.Context("b1", 1, Instant.EPOCH, Set.of(), Set.of()), sink, Ingest.Progress.NONE);

        assertEquals(s.rowsRead(), s.rowsAccepted() + s.rowsQuarantined());
        assertTrue(s.rowsAccepted() >= 2_000 && s.rowsAccepted() < 10_000, "accepted rows: " + s.rowsAccepted());
        assertTrue(s.rowsQuarantined() < 150 && s.rowsQuarantined() * 20 < s.rowsRead(), "bad rows stay few: " + s.rowsQuarantined());
        assertTrue(s.resubmissions() > 0);
        assertEquals(a.resubmitted(), s.resubmissions());
        for (String name : quarantinedFiles) {
            assertTrue(name.substring(name.lastIndexOf('/') + 1).startsWith(BadSamples.PREFIX),
                    "only the deliberately bad files have problems: " + name);
        }

        Map<Reason, Long> rows = s.quarantinedByReason();
        Map<Reason, Long> files = s.filesByReason();
        // (a) windows-1258
        assertEquals(1L, files.get(Reason.MA_HOA_KHONG_HO_TRO));
        // (b) row-level mistakes among good rows
        assertEquals(2L, rows.get(Reason.SO_KHONG_HOP_LE), "1.5 and 1,234,5");
        assertEquals(1L, rows.get(Reason.SO_AM));
        assertEquals(1L, rows.get(Reason.PHAN_TRAM_VUOT_100));
        assertEquals(1L, rows.get(Reason.MUC_KHONG_TON_TAI));
        assertEquals(1L, rows.get(Reason.DON_VI_KHONG_TON_TAI));
        assertEquals(1L, rows.get(Reason.TRUNG_DONG));
        assertEquals(2L, rows.get(Reason.TRUNG_MUC_KHAC_GIA_TRI));
        // (c) two submission dates in one report
        assertTrue(rows.getOrDefault(Reason.NGAY_NOP_KHONG_DONG_NHAT, 0L) > 1);
        // (d) a "corrupt" .xlsx: an HTML export named .xlsx, as web systems produce
        assertEquals(1L, files.getOrDefault(Reason.DINH_DANG_KHONG_HO_TRO, 0L), "an HTML page saved as .xlsx");
        // (e) the merged unit reporting after its merge
        assertTrue(rows.getOrDefault(Reason.DON_VI_HET_HIEU_LUC, 0L) > 1);
        // (f) submitted after the as-of date
        assertTrue(rows.getOrDefault(Reason.NGAY_NOP_SAU_NGAY_CHOT, 0L) > 1);
        // (g) header without gia_tri
        assertEquals(1L, files.get(Reason.THIEU_COT));
        // (h) a typed share
        assertEquals(1L, rows.get(Reason.MUC_TINH_TOAN));
        // (i) 2024-H2 of 74-KH/ĐU
        assertTrue(rows.getOrDefault(Reason.KY_NGOAI_LICH, 0L) > 1);
        assertTrue(quarantinedFiles.stream().anyMatch(f -> f.startsWith("74-kh-du/2024-H2/")), quarantinedFiles.toString());
        // (j) an unknown plan code
        assertEquals(1L, rows.get(Reason.KE_HOACH_KHONG_TON_TAI));
        assertEquals(3, s.filesQuarantined());
        assertEquals(a.badFiles(), quarantinedFiles.size());
    }

    @Test
    void aSmallCatalogStillGetsAllItCanAndTheSameBytes(@TempDir Path first, @TempDir Path second) throws IOException {
        Catalog mini = CatalogLoader.load(Path.of("pipeline/src/test/resources/catalog-mini"));
        SampleGenerator.Result a = SampleGenerator.generate(mini, AS_OF, 7, first);
        assertEquals(a, SampleGenerator.generate(mini, AS_OF, 7, second));
        assertTrue(a.files() > 0 && a.reportsExpected() > 0, a.toString());
        for (String name : files(first, "")) {
            assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)), name);
        }
    }

    @Test
    void commandRefusesAFolderWithDataUnlessForcedAndThenKeepsOtherFiles(@TempDir Path out) throws IOException {
        Files.writeString(out.resolve("README.txt"), "giữ lại");
        Files.createDirectories(out.resolve("cu/rong"));
        Files.writeString(out.resolve("cu/bao-cao-cu.csv"), "x");
        String[] args = {"generate", "--catalog", "data/catalog", "--as-of", "2025-06-20", "--out", out.toString()};

        assertEquals(ExitCode.BAD_CONFIGURATION, run(args));
        assertTrue(Files.exists(out.resolve("cu/bao-cao-cu.csv")));

        String[] forced = Stream.concat(Stream.of(args), Stream.of("--force")).toArray(String[]::new);
        assertEquals(ExitCode.OK, run(forced));
        assertTrue(Files.exists(out.resolve("README.txt")));
        assertFalse(Files.exists(out.resolve("cu")), "old .csv and the folders it leaves empty are removed");
        assertTrue(Files.isDirectory(out.resolve("74-kh-du/2024")));
    }

    private static int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(new StringWriter()));
        return cli.execute(args);
    }

    /** Files below {@code dir} whose names end with {@code suffix}, as sorted relative paths. */
    private static List<String> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<String> out = new ArrayList<>(walk.filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> n.endsWith(suffix)).sorted().toList());
            return out;
        }
    }
}

package vn.tonghop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.common.CrashPoint;
import vn.tonghop.common.SimulatedFullDisk;
import vn.tonghop.store.Manifest;
import vn.tonghop.store.Store;
import vn.tonghop.testing.FileHashes;
import vn.tonghop.testing.TestCatalogs;

/**
 * Real runs halted at named crash points in a child JVM (as a power cut or kill -9 would: no finally
 * blocks, no shutdown hooks): the store's manifest, the published datasets and the published site are
 * each either exactly as before the run or, for a stage that completed before the crash, completely
 * that stage's result, never half-written. The next plain run recovers by itself: the same datasets
 * and site as a run that never crashed, and no staging left. Then a disk that fills up during a build.
 *
 * <p>One baseline run; its copy is the starting point of a reference run that never crashes. The
 * crash runs follow one another on one copy, so each also recovers from the crash before it.
 */
class CrashRecoveryTest {
    /** Reporting for 2024 is still open on this date, so no year is frozen and the archive stays out of the picture. */
    static final String AS_OF = "2025-02-01";
    static final String REPORT_A = """
            ma_don_vi,ma_ke_hoach,ky_bao_cao,ngay_nop,ma_muc,gia_tri,ghi_chu
            CB-A,12-KH/ĐU,2024-H1,28/04/2024,NV1,hoàn thành,Chi bộ đã quán triệt nghị quyết đến 100% đảng viên
            CB-A,12-KH/ĐU,2024-H1,28/04/2024,NV2,đang thực hiện 60%,
            CB-A,12-KH/ĐU,2024-H1,28/04/2024,MH-DK,3,
            CB-A,12-KH/ĐU,2024-H1,28/04/2024,CBVC,1.234,
            """;
    static final String REPORT_B = """
            ma_don_vi,ma_ke_hoach,ky_bao_cao,ngay_nop,ma_muc,gia_tri,ghi_chu
            DB-D,12-KH/ĐU,2024-H1,25/04/2024,NV1,hoàn thành,Đảng bộ đã tổ chức học tập nghị quyết
            DB-D,12-KH/ĐU,2024-H1,25/04/2024,MH-DK,2,
            DB-D,12-KH/ĐU,2024-H1,25/04/2024,CBVC,85,
            """;

    @TempDir
    static Path dir;
    static Path baseline;

    @BeforeAll
    static void baselineRun() throws IOException {
        baseline = dir.resolve("baseline");
        Path inbox = Files.createDirectories(dir.resolve("inbox-a"));
        Files.writeString(inbox.resolve("cb-a-2024-h1.csv"), REPORT_A, StandardCharsets.UTF_8);
        ChildRun.Outcome first = ChildRun.run(dir.resolve("logs/baseline.log"), List.of(), args(baseline, inbox));
        assertEquals(ExitCode.OK, first.code(), first.output());
        assertTrue(Files.isSymbolicLink(baseline.resolve("datasets")), "the datasets are published behind a link, like the site");
    }

    @Test
    void aRunHaltedAtAnyStagePublishesNothingHalfWrittenAndTheNextRunRecoversByItself() throws IOException {
        Path inbox = Files.createDirectories(dir.resolve("inbox-ab"));
        Files.writeString(inbox.resolve("cb-a-2024-h1.csv"), REPORT_A, StandardCharsets.UTF_8);
        Files.writeString(inbox.resolve("db-d-2024-h1.csv"), REPORT_B, StandardCharsets.UTF_8);
        Path work = copy(baseline, "crashed");
        Path reference = copy(baseline, "reference");
        List<ChildRun> children = new ArrayList<>();
        try {
            // The same history without a crash (the baseline, then one run with the new report), beside the first halts.
            children.add(ChildRun.start(dir.resolve("logs/reference.log"), List.of(), args(reference, inbox)));
            State before = State.of(work);

            expectHalt(start(work, inbox, CrashPoint.AFTER_INGEST_BATCH, children), CrashPoint.AFTER_INGEST_BATCH);
            assertEquals(before, State.of(work), "ingest halted before its manifest: store, datasets and site as before");
            assertFalse(unlistedStoreFiles(work).isEmpty(), "the halt came after the batch's Parquet files were written");

            expectHalt(start(work, inbox, CrashPoint.MID_DATASETS_WRITE, children), CrashPoint.MID_DATASETS_WRITE);
            State ingested = State.of(work);
            assertNotEquals(before.manifest(), ingested.manifest(), "this run's ingest completed before the halt: the batch is stored");
            assertEquals(before.datasets(), ingested.datasets(), "halted mid-write: the published datasets are the old ones");
            assertEquals(before.site(), ingested.site());
            assertFalse(staged(work, "datasets").isEmpty(), "some dataset files had been written in the staging folder");

            ChildRun.Outcome referenceDone = children.get(0).await();
            assertEquals(ExitCode.OK, referenceDone.code(), referenceDone.output());
            Map<String, String> expectedDatasets = FileHashes.ofParquetByRows(reference.resolve("datasets"));
            Map<String, String> expectedSite = FileHashes.ofParquetByRows(reference.resolve("site"));

            // The last two stages from this state, side by side on two copies. The store already holds the new
            // report, so these runs have no new input: they must still aggregate and render.
            Path rendering = copy(work, "halted-rendering");
            Path publishing = copy(work, "halted-publishing");
            // the render is stopped from outside with a real kill -9 while it waits mid-write
            ChildRun render = ChildRun.start(dir.resolve("logs/killed-" + CrashPoint.MID_SITE_WRITE + ".log"),
                    List.of("-D" + CrashPoint.PROPERTY + "=" + CrashPoint.MID_SITE_WRITE, "-D" + CrashPoint.WAIT_PROPERTY + "=true"),
                    args(rendering, inbox));
            children.add(render);
            ChildRun publish = start(publishing, inbox, CrashPoint.BEFORE_SITE_SWITCH, children);
            assertEquals(128 + 9, render.killWhenLogged(CrashPoint.WAITING + CrashPoint.MID_SITE_WRITE).code(),
                    "the rendering run died of SIGKILL");
            expectHalt(publish, CrashPoint.BEFORE_SITE_SWITCH);

            State rendered = State.of(rendering);
            assertEquals(ingested.manifest(), rendered.manifest());
            assertEquals(expectedDatasets, FileHashes.ofParquetByRows(rendering.resolve("datasets")),
                    "aggregate completed: all the new datasets, switched in whole");
            assertEquals(before.site(), rendered.site(), "halted mid-render: the served site is the old one");
            List<Path> pages = staged(rendering, "site");
            assertFalse(pages.isEmpty(), "some pages had been written in the staging release");
            assertTrue(pages.size() < expectedSite.size(), "and not all of them");

            assertEquals(before.site(), State.of(publishing).site(), "halted before the switch: the served site is the old one");
            assertEquals(1, releasesNewerThanServed(publishing).size(), "a complete release that was never switched in");

            ChildRun afterRender = ChildRun.start(dir.resolve("logs/recovered-render.log"), List.of(), args(rendering, inbox));
            ChildRun afterPublish = ChildRun.start(dir.resolve("logs/recovered-publish.log"), List.of(), args(publishing, inbox));
            children.addAll(List.of(afterRender, afterPublish));
            for (Path recovered : List.of(rendering, publishing)) {
                ChildRun.Outcome done = (recovered == rendering ? afterRender : afterPublish).await();
                assertEquals(ExitCode.OK, done.code(), done.output());
                assertEquals(expectedDatasets, FileHashes.ofParquetByRows(recovered.resolve("datasets")),
                        "the datasets of a run that never crashed");
                assertEquals(expectedSite, FileHashes.ofParquetByRows(recovered.resolve("site")),
                        "the site of a run that never crashed, byte for byte (Parquet downloads by their rows)");
                assertEquals(batches(reference), batches(recovered), "the store holds the same batches and files");
                assertEquals(List.of(), leftovers(recovered), "no staging, stray link or unswitched release is left");
                assertEquals(Set.of(), unlistedStoreFiles(recovered), "no Parquet file outside the manifest is left in the store");
            }
        } finally {
            children.forEach(ChildRun::kill);
        }
    }

    @Test
    void aDiskThatFillsUpDuringTheSiteBuildFailsWithAVietnameseMessageAndChangesNothing() throws IOException {
        Path work = copy(baseline, "full-disk");
        State before = State.of(work);
        Path link = Files.readSymbolicLink(work.resolve("site"));

        ChildRun.Outcome full = ChildRun.run(dir.resolve("logs/full-disk.log"), List.of("-D" + SimulatedFullDisk.PROPERTY + "=3"),
                "site", "--catalog", TestCatalogs.MINI.toString(), "--workdir", work.toString(), "--as-of", AS_OF);

        assertEquals(ExitCode.FAILURE, full.code(), full.output());
        assertTrue(full.output().contains("Ổ đĩa đã đầy: Không ghi được trang web vào "), full.output());
        assertTrue(full.output().contains("No space left on device"), "the system's own words are kept: " + full.output());
        assertTrue(full.output().contains("Hãy giải phóng dung lượng ổ đĩa rồi chạy lại"), full.output());
        assertFalse(full.output().contains("Exception"), "a message for people, not a stack trace: " + full.output());
        assertEquals(before, State.of(work), "store, datasets and site as before");
        assertEquals(link, Files.readSymbolicLink(work.resolve("site")), "the same release is served");
        assertEquals(List.of(), leftovers(work), "the failed build's staging folder is removed at once");
    }

    /** What a crash must never leave half-written: the store's manifest folder, and the datasets and site as published. */
    record State(Map<String, String> manifest, Map<String, String> datasets, Map<String, String> site) {
        static State of(Path work) {
            return new State(FileHashes.of(work.resolve("store/_manifest")), FileHashes.of(work.resolve("datasets")),
                    FileHashes.of(work.resolve("site")));
        }
    }

    static String[] args(Path work, Path inbox) {
        return new String[] {"run", "--catalog", TestCatalogs.MINI.toString(), "--inbox", inbox.toString(), "--workdir", work.toString(),
                "--as-of", AS_OF, "--master", "local[1]", "--shuffle-partitions", "2"};
    }

    static Path copy(Path work, String name) {
        Path copy = dir.resolve(name);
        FileHashes.copyKeepingLinks(work, copy);
        return copy;
    }

    static ChildRun start(Path work, Path inbox, String point, List<ChildRun> children) {
        ChildRun child = ChildRun.start(dir.resolve("logs/" + point + ".log"), List.of("-D" + CrashPoint.PROPERTY + "=" + point),
                args(work, inbox));
        children.add(child);
        return child;
    }

    static void expectHalt(ChildRun child, String point) {
        ChildRun.Outcome halted = child.await();
        assertEquals(CrashPoint.HALT_CODE, halted.code(), "the run must reach crash point " + point + ":\n" + halted.output());
    }

    /** Files in the staging folders ({@code *.tmp}) of the datasets' or the site's releases. */
    static List<Path> staged(Path work, String name) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path entry : list(work.resolve(name + "-releases"))) {
            if (entry.getFileName().toString().endsWith(".tmp")) {
                try (Stream<Path> walk = Files.walk(entry)) {
                    walk.filter(Files::isRegularFile).forEach(files::add);
                }
            }
        }
        return files;
    }

    /** Complete releases of the site with a higher id than the one served. */
    static List<String> releasesNewerThanServed(Path work) throws IOException {
        String served = Files.readSymbolicLink(work.resolve("site")).getFileName().toString();
        return list(work.resolve("site-releases")).stream().map(p -> p.getFileName().toString())
                .filter(n -> n.matches("r\\d+") && n.compareTo(served) > 0).toList();
    }

    /** Staging folders, stray links and releases never switched in, of the datasets and the site. */
    static List<String> leftovers(Path work) throws IOException {
        List<String> found = new ArrayList<>();
        for (String name : List.of("datasets", "site")) {
            String served = Files.readSymbolicLink(work.resolve(name)).getFileName().toString();
            for (Path entry : list(work.resolve(name + "-releases"))) {
                String file = entry.getFileName().toString();
                if (!file.matches("r\\d+") || file.compareTo(served) > 0) {
                    found.add(name + "-releases/" + file);
                }
            }
            if (Files.exists(work.resolve(name + ".tmp-link"), LinkOption.NOFOLLOW_LINKS)) {
                found.add(name + ".tmp-link");
            }
        }
        return found;
    }

    /** Parquet files in the store that its manifest does not name: invisible leftovers of an unfinished batch. */
    static Set<String> unlistedStoreFiles(Path work) throws IOException {
        Path store = work.resolve("store");
        Set<String> listed = new HashSet<>();
        Store.open(store.toString()).manifest().batches().forEach(b -> b.files().forEach(f -> listed.add(f.path())));
        Set<String> unlisted = new HashSet<>();
        try (Stream<Path> walk = Files.walk(store)) {
            walk.filter(p -> p.toString().endsWith(".parquet")).map(p -> store.relativize(p).toString())
                    .filter(p -> !listed.contains(p)).forEach(unlisted::add);
        }
        return unlisted;
    }

    /** The store's batches without their creation times: what two histories with the same input share. */
    static List<String> batches(Path work) {
        return Store.open(work.resolve("store").toString()).manifest().batches().stream()
                .map((Manifest.Batch b) -> b.id() + " " + b.kind() + " " + b.files() + " " + b.supersedes()).toList();
    }

    static List<Path> list(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        }
    }
}

package vn.tonghop.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.common.Hashing;

/** Freezing years from tiny published releases: what is copied, what is linked, and that frozen stays frozen. */
class YearArchiveTest {
    @TempDir
    Path dir;

    Path site() {
        return dir.resolve("var/site");
    }

    Path archive() {
        return dir.resolve("var/archive");
    }

    @Test
    void aFreezeCopiesTheServedReleaseAndLinksEarlierFrozenYearsInsteadOfCopyingThem() throws IOException {
        Path year2023 = Files.createDirectories(archive().resolve("2023"));
        Files.writeString(year2023.resolve("index.html"), "<h1>Năm 2023</h1>", StandardCharsets.UTF_8);
        Publisher publisher = new Publisher(site());
        // A release links the frozen years the way the site builder does: luu-tru/<year>, relative.
        Map<String, String> built = publisher.publish(staging -> {
            Map<String, String> files = Sites.saying("năm 2024").apply(staging);
            try {
                Path link = Files.createDirectories(staging.resolve("luu-tru")).resolve("2023");
                Files.createSymbolicLink(link, link.getParent().toAbsolutePath().relativize(year2023.toAbsolutePath()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return files;
        }).built();
        YearArchive archive = new YearArchive(archive());

        YearArchive.Frozen frozen = archive.freeze(2024, site());

        assertEquals(archive().resolve("2024").toAbsolutePath(), frozen.dir());
        assertEquals(4, frozen.files(), "the release's own files and SHA256SUMS; the earlier year is not copied");
        Path link = frozen.dir().resolve("luu-tru/2023");
        assertTrue(Files.isSymbolicLink(link), "an earlier year stays a link");
        assertEquals(Path.of("../../2023"), Files.readSymbolicLink(link), "to its sibling in the archive, so it keeps working");
        Map<String, String> expected = new TreeMap<>(built);
        expected.put("luu-tru/2023/index.html", Hashing.sha256(year2023.resolve("index.html")));
        expected.put(YearArchive.CHECKSUMS, Hashing.sha256(frozen.dir().resolve(YearArchive.CHECKSUMS)));
        assertEquals(expected, Sites.content(frozen.dir()));
        assertEquals(List.of(), archive.verify(2024).problems(), "every file matches its checksum");
        assertEquals(List.of(2023, 2024), archive.frozen());

        Path served = site().toRealPath();
        for (String file : built.keySet()) {
            assertTrue(Files.isSameFile(served.resolve(file), frozen.dir().resolve(file)), file + " is a hard link, not a second copy");
        }

        publisher.publish(Sites.saying("lần sau"));
        assertEquals(expected, Sites.content(frozen.dir()), "later publishing never changes a frozen year");
        vn.tonghop.common.FileTrees.delete(served);
        assertEquals(expected, Sites.content(frozen.dir()), "nor does removing the release it was frozen from");
    }

    @Test
    void yearsFrozenFromOneReleaseReadItsFilesOnceAndANewReleaseAgain() {
        Publisher publisher = new Publisher(site());
        Map<String, String> built = publisher.publish(Sites.saying("năm 2023")).built();
        YearArchive archive = new YearArchive(archive());

        archive.freeze(2022, site());
        assertEquals(built.size(), archive.filesHashed(), "each file of the release read once");
        archive.freeze(2023, site());
        assertEquals(built.size(), archive.filesHashed(), "the second year links the same files: none read again");

        publisher.publish(Sites.saying("năm 2024"));
        archive.freeze(2024, site());
        assertEquals(2L * built.size(), archive.filesHashed(), "a new release is new files, read again");

        for (int year : List.of(2022, 2023, 2024)) {
            assertEquals(List.of(), new YearArchive(archive()).verify(year).problems(), year + " lists the SHA-256 of its own files");
        }
    }

    @Test
    void aFrozenYearIsNeverOverwritten() {
        Publisher publisher = new Publisher(site());
        publisher.publish(Sites.saying("lần 1"));
        YearArchive archive = new YearArchive(archive());
        Path frozen = archive.freeze(2024, site()).dir();
        Map<String, String> before = Sites.content(frozen);
        publisher.publish(Sites.saying("lần 2"));

        ArchiveException refused = assertThrows(ArchiveException.class, () -> archive.freeze(2024, site()));

        assertTrue(refused.getMessage().contains("Năm 2024 đã được đóng băng"), refused.getMessage());
        assertTrue(refused.getMessage().contains("không bao giờ bị ghi đè"), refused.getMessage());
        assertEquals(before, Sites.content(frozen));
    }

    @Test
    void anInterruptedFreezeIsNeverAFrozenYearAndIsCleanedAndRedone() throws IOException {
        Map<String, String> built = new Publisher(site()).publish(Sites.saying("lần 1")).built();
        // As a freeze killed halfway leaves it: part of a copy under the staging name.
        Path interrupted = Files.createDirectories(archive().resolve("2024.tmp/don-vi"));
        Files.writeString(interrupted.resolve("nua-chung.html"), "<p>dở", StandardCharsets.UTF_8);
        YearArchive archive = new YearArchive(archive());
        assertEquals(List.of(), archive.frozen(), "a staging copy is not a frozen year");
        assertFalse(archive.isFrozen(2024));

        YearArchive.Frozen redone = archive.freeze(2024, site());

        Map<String, String> content = new java.util.TreeMap<>(Sites.content(redone.dir()));
        content.remove(YearArchive.CHECKSUMS);
        assertEquals(built, content, "copied again from the start: nothing of the interrupted copy is kept");
        assertFalse(Files.exists(archive().resolve("2024.tmp")));

        Files.createDirectories(archive().resolve("2025.tmp"));
        assertEquals(List.of(archive().resolve("2025.tmp").toAbsolutePath()), archive.removeInterrupted(), "what a run start removes");
        assertEquals(List.of(2024), archive.frozen());
    }

    @Test
    void nothingPublishedMeansNothingToFreeze() {
        ArchiveException e = assertThrows(ArchiveException.class, () -> new YearArchive(archive()).freeze(2024, site()));
        assertTrue(e.getMessage().contains("chưa có gì để đóng băng"), e.getMessage());
        assertFalse(Files.exists(archive().resolve("2024")));
    }
}

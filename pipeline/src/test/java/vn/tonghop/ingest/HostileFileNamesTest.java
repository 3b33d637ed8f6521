package vn.tonghop.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Corpus cases made at test time because their names cannot be checked out everywhere (Windows
 * refuses '<', '>' and treats '\' as a folder): hostile file names stay data, and symbolic links
 * in the inbox are not followed out of it.
 */
class HostileFileNamesTest {
    private static final String CONTENT = "bad-numbers.csv";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<img src=x onerror=alert(1)>.csv", "bao-cao\\..\\..\\..\\etc\\passwd.csv", "\"><script>alert(1)<\\script>.csv"})
    void fileNamesAreShownAsTheyAreAndNeverUsedAsPaths(String name, @TempDir Path inbox) throws IOException {
        Files.copy(BadInputCorpusTest.CORPUS.resolve(CONTENT), inbox.resolve(name));

        List<SourceFile> files = Inbox.scan(List.of(inbox)).files();
        assertEquals(List.of(name), files.stream().map(SourceFile::name).toList(), "the name as the file system has it");

        BadInputCorpusTest.Outcome outcome = BadInputCorpusTest.ingest(files);
        BadInputCorpusTest.Expected expected = BadInputCorpusTest.Expected.read(BadInputCorpusTest.CORPUS.resolve(CONTENT + ".expect"));
        assertEquals(expected.accepted, outcome.accepted, "same outcome as " + CONTENT);
        assertEquals(expected.rows, outcome.quarantinedRows, "same quarantined rows as " + CONTENT);
        assertEquals(outcome.read, outcome.accepted + outcome.quarantined, "rows read = accepted + quarantined");
        for (ReportRow row : outcome.rows) {
            assertEquals(name, row.lineage().sourceFile());
            BadInputCorpusTest.assertOnlyCatalogNamesFolders(row);
        }
        outcome.messages.forEach(m -> assertTrue(m.startsWith(name + ", dòng "), "message names the file as it is: " + m));
    }

    @Test
    void symbolicLinksAreNotFollowedOutOfTheInbox(@TempDir Path temp) throws IOException {
        Path inbox = Files.createDirectories(temp.resolve("hop-thu"));
        Path outside = Files.createDirectories(temp.resolve("ngoai"));
        Files.copy(BadInputCorpusTest.CORPUS.resolve("ok-utf8.csv"), outside.resolve("bi-mat.csv"));
        Files.copy(BadInputCorpusTest.CORPUS.resolve("ok-utf8.csv"), inbox.resolve("bao-cao.csv"));
        Files.createSymbolicLink(inbox.resolve("lien-ket.csv"), outside.resolve("bi-mat.csv"));
        Files.createSymbolicLink(inbox.resolve("thu-muc-ngoai"), outside);

        Inbox.Listing listing = Inbox.scan(List.of(inbox));

        assertEquals(List.of("bao-cao.csv"), listing.files().stream().map(SourceFile::name).toList());
        assertEquals(2, listing.skipped().size(), () -> "both links are reported as skipped: " + listing.skipped());
        assertTrue(listing.skipped().stream().allMatch(s -> s.contains("liên kết tượng trưng")), () -> listing.skipped().toString());
    }
}

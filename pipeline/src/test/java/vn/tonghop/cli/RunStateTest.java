package vn.tonghop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.common.Hashing;
import vn.tonghop.ingest.Inbox;

/** The run state: inbox files not re-read when unchanged, and formats from newer versions refused. */
class RunStateTest {
    @Test
    void unchangedFilesKeepTheirHashAndChangedOnesAreReadAgain(@TempDir Path dir) throws IOException {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path kept = Files.writeString(inbox.resolve("a.csv"), "ma_don_vi\n");
        Path edited = Files.writeString(inbox.resolve("b.csv"), "ma_don_vi\n");
        Inbox.Listing first = Inbox.scan(List.of(inbox));
        RunState.Input a = RunState.inputs(first.files()).get(0);
        RunState.Input b = RunState.inputs(first.files()).get(1);
        // a state claiming other hashes: a file with the same size and time is taken at its word, not re-read
        RunState state = new RunState(RunState.VERSION, "c", "2025-06-20", 1, "p", "r000001", List.of(
                new RunState.Input(a.path(), a.size(), a.modifiedMillis(), "hash-from-state"),
                new RunState.Input(b.path(), b.size(), b.modifiedMillis(), "hash-from-state")));
        state.save(dir.resolve("state"));
        Files.writeString(edited, "ma_khac\n");
        Files.setLastModifiedTime(edited, FileTime.fromMillis(b.modifiedMillis() + 2000));

        Inbox.Listing second = Inbox.scan(List.of(inbox), RunState.load(dir.resolve("state")).orElseThrow().knownHashes());
        assertEquals("hash-from-state", second.files().get(0).sha256(), kept + " was not read again");
        assertEquals(Hashing.sha256(edited), second.files().get(1).sha256(), edited + " changed, so it was hashed again");
    }

    @Test
    void aStateFromANewerVersionIsRefusedAndAnOlderOneIgnored(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(RunState.FILE), "{\"version\": 99}");
        ConfigException e = assertThrows(ConfigException.class, () -> RunState.load(dir));
        assertTrue(e.getMessage().contains("phiên bản tonghop mới hơn") && e.getMessage().contains("99"), e.getMessage());
        Files.writeString(dir.resolve(RunState.FILE), "{\"version\": 0}");
        assertTrue(RunState.load(dir).isEmpty(), "an older state only means the next run is a full one");
    }
}

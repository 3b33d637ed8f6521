package vn.tonghop.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tonghop.ingest.Inbox;
import vn.tonghop.ingest.SourceFile;
import vn.tonghop.vi.ViFormat;

/**
 * What the last successful run worked from: the inbox files (path, size, modification time,
 * content hash), the catalog, the as-of date, the store's manifest, the program and templates, and
 * the release it published. A run whose inputs all match has nothing to do; the file list also
 * spares re-hashing files whose size and modification time are unchanged. An older format is
 * ignored (the next run is a full one); a newer one is refused.
 */
record RunState(int version, String catalogFingerprint, String asOf, int storeSequence, String programFingerprint,
                String release, List<Input> inputs) {
    static final int VERSION = 1;
    static final String FILE = "lan-chay-cuoi.json";

    record Input(String path, long size, long modifiedMillis, String sha256) {
    }

    static List<Input> inputs(List<SourceFile> files) {
        return files.stream().map(f -> new Input(f.path().toAbsolutePath().toString(), f.size(), f.modifiedMillis(), f.sha256())).toList();
    }

    /**
     * What every aggregate depends on besides the reports, changed since this state: the catalog, the
     * as-of date, the program and templates; in Vietnamese, none when all are the same.
     */
    List<String> basisChanges(String catalog, LocalDate asOf, String program) {
        List<String> changes = new java.util.ArrayList<>();
        if (!catalog.equals(catalogFingerprint)) {
            changes.add("danh mục đã thay đổi");
        }
        if (!asOf.toString().equals(this.asOf)) {
            changes.add("ngày chốt số liệu đổi từ " + ViFormat.date(LocalDate.parse(this.asOf)) + " sang " + ViFormat.date(asOf));
        }
        if (!program.equals(programFingerprint)) {
            changes.add("chương trình hoặc mẫu trang đã thay đổi");
        }
        return changes;
    }

    /** Hashes known from this state, for {@link Inbox#scan(List, Inbox.KnownHashes)}. */
    Inbox.KnownHashes knownHashes() {
        Map<String, Input> byPath = new HashMap<>();
        inputs.forEach(i -> byPath.put(i.path(), i));
        return (file, size, modified) -> {
            Input known = byPath.get(file.toAbsolutePath().toString());
            return known != null && known.size() == size && known.modifiedMillis() == modified ? known.sha256() : null;
        };
    }

    /** The state saved in {@code stateFolder}, if any; an unreadable or older-format file counts as none (a full run follows). */
    static Optional<RunState> load(Path stateFolder) {
        Path file = stateFolder.resolve(FILE);
        Optional<RunState> state = StateFiles.read(file, RunState.class);
        if (state.isPresent() && state.get().version() > VERSION) {
            // written by a newer tonghop: guessing at its meaning could skip work that is needed
            throw new ConfigException(String.format("Tệp trạng thái %s do phiên bản tonghop mới hơn ghi (định dạng %d, phiên bản này"
                    + " đọc được đến %d). Hãy dùng phiên bản mới, hoặc xóa tệp này để chạy lại toàn bộ.", file, state.get().version(), VERSION));
        }
        return state.filter(s -> s.version() == VERSION);
    }

    /** Saves the state beside the lock. */
    void save(Path stateFolder) {
        StateFiles.write(stateFolder.resolve(FILE), this);
    }
}

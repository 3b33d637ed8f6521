package vn.tonghop.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * For the release served now: the program that built it and, per file, a hash of what the file was
 * made from, so the next build can reuse what did not change. Kept in the state folder, never in
 * the published site.
 */
record SiteLedger(String release, String program, Map<String, String> keys) {
    static final String FILE = "trang-web.json";

    static Optional<SiteLedger> load(Path stateFolder) {
        return StateFiles.read(stateFolder.resolve(FILE), SiteLedger.class);
    }

    void save(Path stateFolder) {
        StateFiles.write(stateFolder.resolve(FILE), this);
    }
}

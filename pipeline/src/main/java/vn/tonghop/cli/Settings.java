package vn.tonghop.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Resolved settings of one command: folders and the as-of date ({@code catalog} is null for rollback, which never reads it). */
record Settings(Path catalog, List<Path> inboxes, Path store, Path datasets, Path state, Path site, Path archive,
                LocalDate asOf, boolean asOfFromConfig) {
    /** Held by every command that writes (run, ingest, aggregate, site, rollback) for its whole run. */
    Path lockFile() {
        return state.resolve("tonghop.lock");
    }
}

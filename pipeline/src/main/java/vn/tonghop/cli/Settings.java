package vn.tonghop.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Resolved settings of one command: folders and the as-of date. */
record Settings(Path catalog, List<Path> inboxes, Path store, Path datasets, Path state, Path site, Path archive,
                LocalDate asOf, boolean asOfFromConfig) {
}

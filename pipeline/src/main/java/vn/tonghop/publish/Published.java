package vn.tonghop.publish;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of one publish: the release now served, the one served before it (if any), the
 * releases left on disk (newest first), those pruned, and what the build step returned.
 */
public record Published<T>(ReleaseId release, Path dir, Optional<ReleaseId> previous, List<ReleaseId> kept,
                           List<ReleaseId> pruned, T built) {
    public Published {
        kept = List.copyOf(kept);
        pruned = List.copyOf(pruned);
    }
}

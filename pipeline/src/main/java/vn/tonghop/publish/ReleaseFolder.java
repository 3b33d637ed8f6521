package vn.tonghop.publish;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;
import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.tonghop.common.FileTrees;

/** The releases folder: complete releases, leftovers of crashed runs, and removing releases safely. */
final class ReleaseFolder {
    private final ReleaseLayout layout;

    ReleaseFolder(ReleaseLayout layout) {
        this.layout = layout;
    }

    /** Complete releases, oldest first. A folder is complete once renamed from its staging name. */
    List<ReleaseId> complete() throws IOException {
        List<ReleaseId> ids = new ArrayList<>();
        for (Path entry : entries()) {
            if (Files.isDirectory(entry, NOFOLLOW_LINKS)) {
                ReleaseId.parse(entry.getFileName().toString()).ifPresent(ids::add);
            }
        }
        ids.sort(null);
        return ids;
    }

    /** The highest id any entry carries, leftovers included, so a new release never reuses one. */
    Optional<ReleaseId> highestSeen() throws IOException {
        return entries().stream().map(p -> ReleaseId.prefixOf(p.getFileName().toString()))
                .flatMap(Optional::stream).max(ReleaseId::compareTo);
    }

    /** Staging folders of runs that never finished and releases caught mid-removal. */
    List<Path> leftovers() throws IOException {
        return entries().stream().filter(p -> p.getFileName().toString().endsWith(ReleaseLayout.TMP)).toList();
    }

    /** Releases a rollback set aside, oldest first. */
    List<ReleaseId> rolledBack() throws IOException {
        List<ReleaseId> ids = new ArrayList<>();
        for (Path entry : entries()) {
            String name = entry.getFileName().toString();
            if (name.endsWith(ReleaseLayout.ROLLED_BACK)) {
                ReleaseId.parse(name.substring(0, name.length() - ReleaseLayout.ROLLED_BACK.length())).ifPresent(ids::add);
            }
        }
        ids.sort(null);
        return ids;
    }

    /** Renames a release out of the candidates for serving and rollback, in one step. */
    void setAside(ReleaseId id) throws IOException {
        Files.move(layout.release(id), layout.rolledBack(id), ATOMIC_MOVE);
    }

    /** Deletes a release set aside by a rollback, through the same never-served name as {@link #remove}. */
    void removeRolledBack(ReleaseId id) throws IOException {
        Path doomed = layout.staging(id);
        FileTrees.delete(doomed);
        Files.move(layout.rolledBack(id), doomed, ATOMIC_MOVE);
        FileTrees.delete(doomed);
    }

    /**
     * Removes a release: first renamed to a name that is never served nor rolled back to, then deleted,
     * so a crash halfway leaves a leftover for the next run instead of a half-deleted release.
     */
    void remove(ReleaseId id) throws IOException {
        Path doomed = layout.staging(id);
        FileTrees.delete(doomed);
        Files.move(layout.release(id), doomed, ATOMIC_MOVE);
        FileTrees.delete(doomed);
    }

    private List<Path> entries() throws IOException {
        if (!Files.isDirectory(layout.releases())) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(layout.releases())) {
            return list.sorted().toList();
        }
    }
}

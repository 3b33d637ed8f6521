package vn.tonghop.publish;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;
import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The site path S: what it is on disk, which release it points at, and the one-step switch. */
final class SiteLink {
    enum Kind { ABSENT, LINK, DIRECTORY, OTHER }

    private final ReleaseLayout layout;

    SiteLink(ReleaseLayout layout) {
        this.layout = layout;
    }

    Kind kind() {
        Path site = layout.site();
        if (Files.isSymbolicLink(site)) {
            return Kind.LINK;
        }
        if (Files.isDirectory(site, NOFOLLOW_LINKS)) {
            return Kind.DIRECTORY;
        }
        return Files.exists(site, NOFOLLOW_LINKS) ? Kind.OTHER : Kind.ABSENT;
    }

    /** The release S points at; empty when S is not a link into our releases folder. */
    Optional<ReleaseId> current() throws IOException {
        if (kind() != Kind.LINK) {
            return Optional.empty();
        }
        Path target = layout.site().getParent().resolve(Files.readSymbolicLink(layout.site())).normalize();
        if (!layout.releases().equals(target.getParent())) {
            return Optional.empty();
        }
        return ReleaseId.parse(target.getFileName().toString());
    }

    /**
     * Points S at a release in one step: a new link beside S renamed over it. rename(2) replaces a
     * symlink atomically on Linux, so a reader sees the old release or the new one, never neither.
     */
    void pointAt(ReleaseId id) throws IOException {
        Files.deleteIfExists(layout.tmpLink());
        Files.createSymbolicLink(layout.tmpLink(), layout.linkTarget(id));
        Files.move(layout.tmpLink(), layout.site(), ATOMIC_MOVE, REPLACE_EXISTING);
    }
}

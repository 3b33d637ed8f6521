package vn.tonghop.publish;

import java.nio.file.Path;

/**
 * Where everything lives for a site path S: the releases beside it in {@code <S>-releases/}, S itself
 * a symlink to one of them, and the temporary link used to switch S in one rename. Paths only, no I/O.
 */
record ReleaseLayout(Path site, Path releases, Path tmpLink) {
    /** Suffix of folders that are never releases: staging being built, or a release being removed. */
    static final String TMP = ".tmp";
    static final String ROLLED_BACK = ".rolled-back";

    static ReleaseLayout of(Path site) {
        Path s = site.toAbsolutePath().normalize();
        String name = s.getFileName().toString();
        return new ReleaseLayout(s, s.resolveSibling(name + "-releases"), s.resolveSibling(name + ".tmp-link"));
    }

    Path release(ReleaseId id) {
        return releases.resolve(id.name());
    }

    /** The web server never serves it: S only ever points at complete releases. */
    Path staging(ReleaseId id) {
        return releases.resolve(id.name() + TMP);
    }

    /** Where rollback sets aside the release it leaves: kept to look at, never served again. */
    Path rolledBack(ReleaseId id) {
        return releases.resolve(id.name() + ROLLED_BACK);
    }

    /** Relative, so the site and its releases can be moved or mounted elsewhere together. */
    Path linkTarget(ReleaseId id) {
        return site.getParent().relativize(release(id));
    }
}

package vn.tonghop.publish;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;
import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.tonghop.common.CrashPoint;
import vn.tonghop.common.FileTrees;

/**
 * Publishes a site as releases and switches what the web server serves in one atomic step.
 *
 * <p>For the site path S: releases live in {@code S.parent/<S.name>-releases/r000001, r000002...};
 * S is a relative symlink to the current one. A release is built in {@code <id>.tmp}, renamed to
 * {@code <id>}, then S is switched by renaming a new link over it. S always points at the newest
 * complete release; the {@value #PREVIOUS_KEPT} before it are kept for {@link #rollback()}.
 * Callers hold the run lock ({@link RunLock}): two publishers on one site must not interleave.
 * Linux only: the switch relies on rename(2) replacing a symlink atomically.
 */
public final class Publisher {
    static final int PREVIOUS_KEPT = 2;

    private final ReleaseLayout layout;
    private final SiteLink link;
    private final ReleaseFolder folder;
    private final Publication what;

    /** Publishes the site at {@code site}. */
    public Publisher(Path site) {
        this(site, Publication.SITE);
    }

    /** Publishes {@code what} at {@code path} the same way: a symlink to the current release beside it. */
    public Publisher(Path path, Publication what) {
        this.layout = ReleaseLayout.of(path);
        this.link = new SiteLink(layout);
        this.folder = new ReleaseFolder(layout);
        this.what = what;
    }

    public Path site() {
        return layout.site();
    }

    public Path releases() {
        return layout.releases();
    }

    /**
     * Builds a new release with {@code build} (given a folder that does not exist yet, which it must
     * create) and switches the site to it. If the build fails, the site keeps serving what it served.
     */
    public <T> Published<T> publish(Function<Path, T> build) {
        try {
            ReleaseId id = recover();
            Optional<ReleaseId> previous = link.current();
            Path staging = layout.staging(id);
            T built = buildInto(staging, build);
            if (!Files.isDirectory(staging, NOFOLLOW_LINKS)) {
                throw new PublishException("Bước dựng " + what.noun() + " không tạo thư mục " + staging + "; " + what.noun()
                        + " vẫn giữ bản cũ");
            }
            Files.move(staging, layout.release(id), ATOMIC_MOVE);
            CrashPoint.reach(what.crashPoint());
            link.pointAt(id);
            List<ReleaseId> pruned = prune(id);
            return new Published<>(id, layout.release(id), previous, newestFirst(folder.complete()), pruned, built);
        } catch (IOException e) {
            throw new PublishException("Không công bố được " + what.noun() + " " + layout.site() + ": " + e, e);
        }
    }

    /**
     * Switches the site back to the release before the current one. The current one is set aside as
     * {@code <id>.rolled-back} (to look at; never served or rolled back to again) until the next publish.
     */
    public RolledBack rollback() {
        try {
            recover();
            ReleaseId current = link.current().orElseThrow(() -> new PublishException(
                    "Chưa có bản phát hành nào được công bố tại " + layout.site() + " nên không có gì để quay lại"));
            ReleaseId before = folder.complete().stream().filter(id -> id.compareTo(current) < 0)
                    .max(ReleaseId::compareTo).orElseThrow(() -> new PublishException(
                            "Không có bản phát hành nào trước bản " + current + " để quay lại; " + what.noun() + " vẫn giữ bản "
                                    + current + " (" + layout.release(current) + ")"));
            link.pointAt(before);
            // Out of the releases: S then always points at the newest one, so a later publish never
            // makes the rejected release "the previous one" again.
            folder.setAside(current);
            return new RolledBack(current, before, layout.rolledBack(current));
        } catch (IOException e) {
            throw new PublishException("Không quay lại được bản trước của " + layout.site() + ": " + e, e);
        }
    }

    /**
     * Removes what a killed run left (staging folders, a stray link, a release never switched in)
     * without publishing, so leftovers go even when a run has nothing new to publish.
     */
    public void cleanUp() {
        if (!Files.isDirectory(layout.releases()) && link.kind() == SiteLink.Kind.ABSENT) {
            return; // never published here: nothing to clean, and nothing is created
        }
        try {
            recover();
        } catch (IOException e) {
            throw new PublishException("Không dọn được phần dở dang của " + what.noun() + " " + layout.site() + ": " + e, e);
        }
    }

    /** The release the site serves now, if it is one of ours. */
    public Optional<ReleaseId> current() {
        try {
            return link.current();
        } catch (IOException e) {
            throw new PublishException("Không đọc được liên kết " + layout.site() + ": " + e, e);
        }
    }

    /**
     * Brings the layout back to "S points at the newest complete release" whatever a killed run left,
     * and returns the id for the next release (never one already used on disk).
     */
    private ReleaseId recover() throws IOException {
        if (link.kind() == SiteLink.Kind.OTHER) {
            throw new PublishException("Đường dẫn " + what.noun() + " " + layout.site()
                    + " là một tệp, không phải thư mục hay liên kết; hãy dời tệp đó đi rồi chạy lại");
        }
        Files.createDirectories(layout.releases());
        ReleaseId next = folder.highestSeen().map(ReleaseId::next).orElse(ReleaseId.first());
        Files.deleteIfExists(layout.tmpLink());
        for (Path leftover : folder.leftovers()) {
            FileTrees.delete(leftover);
        }
        if (link.kind() == SiteLink.Kind.DIRECTORY) {
            // Older versions published a real folder; it becomes the first release once. A rename
            // cannot put a link in place of a folder, so S is missing for the moment between the two.
            Files.move(layout.site(), layout.release(next), ATOMIC_MOVE);
            link.pointAt(next);
            next = next.next();
        }
        List<ReleaseId> complete = folder.complete();
        if (link.kind() == SiteLink.Kind.ABSENT && !complete.isEmpty()) {
            link.pointAt(complete.get(complete.size() - 1));
        }
        Optional<ReleaseId> current = link.current();
        if (current.isPresent()) {
            // Complete but never switched in (killed just before the switch, or before a rollback
            // finished removing it): never served, so never a release to roll back to.
            for (ReleaseId id : complete) {
                if (id.compareTo(current.get()) > 0) {
                    folder.remove(id);
                }
            }
        }
        return next;
    }

    private static <T> T buildInto(Path staging, Function<Path, T> build) {
        try {
            return build.apply(staging);
        } catch (RuntimeException | Error e) {
            try {
                FileTrees.delete(staging);
            } catch (IOException | UncheckedIOException cleanup) {
                e.addSuppressed(cleanup); // the next run removes it
            }
            throw e;
        }
    }

    /**
     * Keeps the current release and the {@value #PREVIOUS_KEPT} newest before it, and drops releases
     * set aside by rollbacks (only now: until a higher id exists on disk, they keep ids from reuse).
     */
    private List<ReleaseId> prune(ReleaseId current) throws IOException {
        List<ReleaseId> older = new ArrayList<>(newestFirst(folder.complete()));
        older.removeIf(id -> id.compareTo(current) >= 0);
        List<ReleaseId> removed = new ArrayList<>();
        for (ReleaseId id : older.subList(Math.min(PREVIOUS_KEPT, older.size()), older.size())) {
            folder.remove(id);
            removed.add(id);
        }
        for (ReleaseId id : folder.rolledBack()) {
            folder.removeRolledBack(id);
            removed.add(id);
        }
        removed.sort(null);
        return removed;
    }

    private static List<ReleaseId> newestFirst(List<ReleaseId> ids) {
        List<ReleaseId> copy = new ArrayList<>(ids);
        copy.sort(Comparator.reverseOrder());
        return copy;
    }
}

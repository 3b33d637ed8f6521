package vn.tonghop.publish;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;
import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import vn.tonghop.common.Checks;
import vn.tonghop.common.FileTrees;

/**
 * Frozen years: {@code <archive>/<year>/} is a copy of the site as it was published when the year
 * was frozen, and is never written again. A freeze copies into {@code <archive>/<year>.tmp} and
 * renames it, so a year folder is always complete; a {@code .tmp} left by a killed freeze is removed
 * by the next one. Callers hold the run lock ({@link RunLock}).
 *
 * <p>A release's files are hard-linked, not copied, where the file system allows: tonghop never
 * writes a published file in place (each release is new files, or links to unchanged ones), so a
 * link is as safe as a copy, and at national size the copies were 8 GB and 2.5 minutes per year.
 * The year's SHA256SUMS still detect any later change to a file.
 *
 * <p>The archive lives outside the site's releases: each release reaches the frozen years through
 * {@code luu-tru/<year>} symlinks. Those links are not copied into a frozen year (years are never
 * copied into one another); they become links to the sibling years in the archive, so a frozen
 * year's archive pages keep working. Any other link in a release is resolved and its content copied.
 */
public final class YearArchive {
    static final String TMP = ".tmp";
    private static final String YEAR = "\\d{4}";

    private final Path archive;
    /** Checksums of the files this archive has frozen, so the next year frozen from the same release reads none again. */
    private final ArchiveChecksums.Known checksums = new ArchiveChecksums.Known();

    public YearArchive(Path archive) {
        this.archive = archive.toAbsolutePath().normalize();
    }

    public Path folder() {
        return archive;
    }

    public Path year(int year) {
        return archive.resolve(Integer.toString(year));
    }

    /** Frozen years, oldest first. A year folder exists only once its freeze has completed. */
    public List<Integer> frozen() {
        return entries().stream().map(p -> p.getFileName().toString()).filter(n -> n.matches(YEAR))
                .filter(n -> Files.isDirectory(archive.resolve(n), NOFOLLOW_LINKS)).map(Integer::parseInt).sorted().toList();
    }

    public boolean isFrozen(int year) {
        return Files.exists(year(year), NOFOLLOW_LINKS);
    }

    /**
     * Freezes the release the site at {@code site} serves now as {@code <archive>/<year>/}. Refuses
     * a year already frozen: frozen means frozen.
     */
    public Frozen freeze(int year, Path site) {
        return freeze(year, site, folder -> { });
    }

    /** Records of the year kept beside its pages, written into a folder of the frozen year. */
    @FunctionalInterface
    public interface Extras {
        void write(Path folder) throws IOException;
    }

    /** The list of every file of a frozen year with its SHA-256, in the format {@code sha256sum -c} reads. */
    public static final String CHECKSUMS = "SHA256SUMS";

    /**
     * Freezes the served release and the year's records ({@code extras}, into {@code du-lieu-nam/}),
     * with a checksum of every file written last; refuses a year already frozen.
     */
    public Frozen freeze(int year, Path site, Extras extras) {
        Checks.requireArgument(year >= 1945 && year <= 2200, "not a year: %s", year);
        if (isFrozen(year)) {
            throw new ArchiveException("Năm " + year + " đã được đóng băng tại " + year(year)
                    + "; năm đã đóng băng không bao giờ bị ghi đè");
        }
        Path release = servedRelease(site);
        Path tmp = archive.resolve(year + TMP);
        try {
            FileTrees.delete(tmp); // an interrupted freeze: redone from the start
            Files.createDirectories(tmp);
            // the files are listed as they are linked: walking a national year again took 13% of a freeze
            Map<String, Path> yearFiles = new TreeMap<>();
            copy(release, tmp, tmp, yearFiles);
            Path records = tmp.resolve("du-lieu-nam");
            extras.write(records);
            yearFiles.putAll(ArchiveChecksums.filesUnder(tmp, records));
            long files = ArchiveChecksums.write(tmp, CHECKSUMS, yearFiles, checksums);
            Files.move(tmp, year(year), ATOMIC_MOVE);
            return new Frozen(year, year(year), release, files);
        } catch (IOException e) {
            ArchiveException failed = new ArchiveException("Không đóng băng được năm " + year + " vào " + year(year) + ": " + e
                    + "; các năm đã đóng băng không bị ảnh hưởng, lần sau sẽ làm lại từ đầu", e);
            try {
                FileTrees.delete(tmp); // frees the space now; otherwise the next run removes it
            } catch (IOException | RuntimeException cleanup) {
                failed.addSuppressed(cleanup);
            }
            throw failed;
        }
    }

    /** Files of a frozen year that are missing, changed or not in its checksum list; empty when it is intact. */
    public ArchiveChecksums.Check verify(int year) {
        if (!isFrozen(year)) {
            throw new ArchiveException("Năm " + year + " chưa được đóng băng trong " + archive);
        }
        try {
            return ArchiveChecksums.verify(year(year), CHECKSUMS);
        } catch (IOException e) {
            throw new ArchiveException("Không kiểm tra được năm " + year + " tại " + year(year) + ": " + e, e);
        }
    }

    /** Removes {@code <year>.tmp} folders left by killed freezes; returns them. */
    public List<Path> removeInterrupted() {
        List<Path> removed = new ArrayList<>();
        try {
            for (Path entry : entries()) {
                if (entry.getFileName().toString().matches(YEAR + "\\" + TMP)) {
                    FileTrees.delete(entry);
                    removed.add(entry);
                }
            }
            return removed;
        } catch (IOException e) {
            throw new ArchiveException("Không dọn được bản đóng băng dở dang trong " + archive + ": " + e, e);
        }
    }

    /** The folder the site link points at (or the site itself when it is still a plain folder). */
    private static Path servedRelease(Path site) {
        try {
            Path real = site.toRealPath();
            if (!Files.isRegularFile(real.resolve("index.html"))) {
                throw new ArchiveException("Trang web " + site + " chưa có trang chủ index.html; chưa có gì để đóng băng");
            }
            return real;
        } catch (IOException e) {
            throw new ArchiveException("Chưa có bản phát hành nào được công bố tại " + site + " nên chưa có gì để đóng băng", e);
        }
    }

    /**
     * Copies {@code dir} into {@code target} (files as hard links where possible), adding each file
     * copied to {@code copied} by its path relative to {@code top}.
     */
    private void copy(Path dir, Path target, Path top, Map<String, Path> copied) throws IOException {
        for (Path entry : list(dir)) {
            Path to = target.resolve(entry.getFileName().toString());
            Optional<Integer> year = frozenYearLinked(entry);
            if (year.isEmpty() && !Files.exists(entry)) {
                continue; // a link to nothing: nothing to resolve
            }
            if (year.isPresent()) {
                Files.createSymbolicLink(to, to.getParent().relativize(archive.resolve(year.get().toString())));
            } else if (Files.isDirectory(entry)) { // a folder, or a link resolved to one
                Files.createDirectories(to);
                copy(entry, to, top, copied);
            } else {
                FileTrees.linkOrCopy(entry, to);
                copied.put(top.relativize(to).toString(), to);
            }
        }
    }

    /**
     * The year an entry links to when it is a symlink to a year folder of this archive, frozen or
     * being frozen now (the release links the years its run freezes before they exist).
     */
    private Optional<Integer> frozenYearLinked(Path entry) throws IOException {
        if (!Files.isSymbolicLink(entry)) {
            return Optional.empty();
        }
        Path target = entry.getParent().resolve(Files.readSymbolicLink(entry)).toAbsolutePath().normalize();
        String name = target.getFileName().toString();
        return target.getParent().equals(archive.toRealPath()) && name.matches(YEAR)
                ? Optional.of(Integer.parseInt(name)) : Optional.empty();
    }

    /** How many files this archive has read to checksum them. */
    long filesHashed() {
        return checksums.read();
    }

    private List<Path> entries() {
        if (!Files.isDirectory(archive)) {
            return List.of();
        }
        try {
            return list(archive);
        } catch (IOException e) {
            throw new ArchiveException("Không đọc được thư mục lưu trữ " + archive + ": " + e, e);
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().toList();
        }
    }

    /** A completed freeze: the year, where it is, the release it was copied from and how many files. */
    public record Frozen(int year, Path dir, Path release, long files) {
    }
}

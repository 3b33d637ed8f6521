package vn.tonghop.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The frozen years in the archive folder, which lives outside every release of the site. Each
 * release reaches a year through a relative symbolic link {@code luu-tru/<year>}, so the archive is
 * never copied into a release nor lost when an old release is pruned.
 */
final class ArchiveYears {
    private ArchiveYears() {
    }

    /** Years frozen ({@code <archive>/<year>/index.html}) or about to be ({@code freezing}), oldest first; none without an archive. */
    static List<Integer> find(Path archive, List<Integer> freezing) {
        if (archive == null) {
            return List.of();
        }
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>(freezing);
        years.addAll(find(archive));
        return List.copyOf(years);
    }

    /** Years with a complete frozen site ({@code <archive>/<year>/index.html}), oldest first; none without an archive. */
    static List<Integer> find(Path archive) {
        if (archive == null || !Files.isDirectory(archive)) {
            return List.of();
        }
        try (Stream<Path> years = Files.list(archive)) {
            return years.filter(y -> y.getFileName().toString().matches("\\d{4}"))
                    .filter(y -> Files.isRegularFile(y.resolve("index.html")))
                    .map(y -> Integer.parseInt(y.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Không đọc được thư mục lưu trữ " + archive + ": " + e.getMessage(), e);
        }
    }

    /** Links {@code <site>/luu-tru/<year>} to each frozen year, relative so the pair of folders can move together. */
    static void link(Path archive, List<Integer> years, Path site) throws IOException {
        for (int year : years) {
            Path link = site.resolve(Links.archiveYear(year)).getParent();
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, link.getParent().toAbsolutePath().relativize(archive.resolve(String.valueOf(year)).toAbsolutePath()));
        }
    }
}

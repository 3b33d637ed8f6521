package vn.tonghop.aggregate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a dataset's files are in a published datasets folder. A per-plan dataset ({@link Partitions})
 * is a folder with one file per plan and year, {@code <name>/<plan slug>/<year>.parquet} and
 * {@code .csv}: a run with a few new reports writes only the partitions they touch and links the
 * others from the release before, and a person downloads the plan and year they need rather than
 * gigabytes. The other datasets are one file each, {@code <name>.parquet} and {@code .csv}.
 */
public final class DatasetLayout {
    private static final Pattern PARTITION = Pattern.compile("[^/]+/([^/]+)/(\\d{4})\\.[a-z]+");

    private DatasetLayout() {
    }

    /** A plan's slug and a year: the folder and file name of a partition. */
    public record Partition(String planSlug, int year) {
    }

    public static boolean perPlan(String name) {
        return Partitions.PER_PLAN.contains(name);
    }

    /** The relative path of a partition's file with extension {@code ext} (".parquet", ".csv"). */
    static String partition(String name, Partition p, String ext) {
        return name + "/" + p.planSlug() + "/" + p.year() + ext;
    }

    /** The partition a relative path from {@link #files} names, if it is one. */
    public static Optional<Partition> partitionOf(String relative) {
        Matcher m = PARTITION.matcher(relative);
        return m.matches() ? Optional.of(new Partition(m.group(1), Integer.parseInt(m.group(2)))) : Optional.empty();
    }

    /** Whether {@code dir} has the dataset at all (a per-plan dataset with no rows is an empty folder). */
    public static boolean published(Path dir, String name) {
        return perPlan(name) ? Files.isDirectory(dir.resolve(name)) : Files.isRegularFile(dir.resolve(name + ".parquet"));
    }

    /**
     * The dataset's files with extension {@code ext}, as paths relative to {@code dir} with '/', in
     * plan and year order: read one after the other they are the dataset in its key order within each
     * plan and year.
     */
    public static List<String> files(Path dir, String name, String ext) {
        if (!perPlan(name)) {
            return Files.isRegularFile(dir.resolve(name + ext)) ? List.of(name + ext) : List.of();
        }
        Path folder = dir.resolve(name);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder, 2)) {
            return walk.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> f.endsWith(ext) && partitionOf(f).isPresent()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được thư mục bộ dữ liệu " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The dataset's rows, from the Parquet footers. */
    public static long rowCount(Path dir, String name) {
        return files(dir, name, ".parquet").stream().mapToLong(f -> PublishedDatasets.rowCount(dir.resolve(f))).sum();
    }
}

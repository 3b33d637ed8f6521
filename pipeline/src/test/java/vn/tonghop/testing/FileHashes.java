package vn.tonghop.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import vn.tonghop.common.Hashing;

/** What a folder holds, as relative path → SHA-256 of every file: two trees are equal byte for byte when their maps are. */
public final class FileHashes {
    private FileHashes() {
    }

    /** Every file under {@code dir}, following links (the site and datasets paths are links to a release). */
    public static Map<String, String> of(Path dir) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
            walk.filter(Files::isRegularFile).forEach(f -> files.put(dir.relativize(f).toString(), Hashing.sha256(f)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /**
     * Like {@link #of} for trees written by different JVMs: a Parquet file counts by its schema and
     * rows, and its SHA-256 inside other files (SHA256SUMS) by its name. parquet-mr lists a column's
     * encodings in HashSet order, which differs between JVMs, so two runs writing the same rows write
     * Parquet files a few footer bytes apart.
     */
    public static Map<String, String> ofParquetByRows(Path dir) {
        Map<String, String> raw = of(dir);
        Map<String, String> parquetNames = new TreeMap<>();
        raw.forEach((file, sha) -> {
            if (file.endsWith(".parquet")) {
                parquetNames.put(sha, file);
            }
        });
        Map<String, String> files = new TreeMap<>();
        raw.forEach((file, sha) -> files.put(file, file.endsWith(".parquet") ? "rows " + rowsDigest(dir.resolve(file))
                : withParquetNames(dir.resolve(file), sha, parquetNames)));
        return files;
    }

    private static String rowsDigest(Path parquet) {
        StringBuilder text = new StringBuilder();
        try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(),
                new org.apache.hadoop.fs.Path(parquet.toUri())).withConf(new Configuration()).build()) {
            for (Group row = reader.read(); row != null; row = reader.read()) {
                if (text.isEmpty()) {
                    text.append(row.getType()).append('\n');
                }
                text.append(row).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Hashing.sha256(text.toString());
    }

    private static String withParquetNames(Path file, String sha, Map<String, String> parquetNames) {
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1); // every byte kept as is
            String replaced = text;
            for (Map.Entry<String, String> p : parquetNames.entrySet()) {
                replaced = replaced.replace(p.getKey(), "sha256(" + p.getValue() + ")");
            }
            return replaced.equals(text) ? sha : Hashing.sha256(replaced);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a folder keeping symbolic links as links (relative ones keep pointing inside the copy). */
    public static void copyKeepingLinks(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isSymbolicLink(source)) {
                    Files.createSymbolicLink(target, Files.readSymbolicLink(source));
                } else if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

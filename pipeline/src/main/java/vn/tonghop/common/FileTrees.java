package vn.tonghop.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** Whole folders: delete one (absent is fine) or copy one into another; and one file linked or copied. */
public final class FileTrees {
    private FileTrees() {
    }

    public static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    public static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /**
     * {@code to} as a hard link to {@code from} (a release's files never change once published, so
     * sharing their blocks is safe and saves gigabytes at national size); a copy when {@code from} is a
     * symbolic link (its target's content is copied) or the file system cannot link.
     */
    public static void linkOrCopy(Path from, Path to) throws IOException {
        if (!Files.isSymbolicLink(from)) {
            try {
                Files.createLink(to, from);
                return;
            } catch (IOException | UnsupportedOperationException e) {
                // another file system, or links not supported: copied below
            }
        }
        Files.copy(from, to);
    }
}

package vn.tonghop.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import vn.tonghop.common.Hashing;

/**
 * Lists report files in inbox folders, read-only. Symbolic links are not followed (a link could
 * lead out of the inbox); hidden files and Excel lock files (~$...) are skipped.
 */
public final class Inbox {
    private Inbox() {
    }

    public record Listing(List<SourceFile> files, List<String> skipped) {
    }

    /** Content hashes already known for a file of this size and modification time, so it need not be read again. */
    @FunctionalInterface
    public interface KnownHashes {
        KnownHashes NONE = (file, size, modifiedMillis) -> null;

        /** The known hash, or null. */
        String hashOf(Path file, long size, long modifiedMillis);
    }

    public static Listing scan(List<Path> folders) {
        return scan(folders, KnownHashes.NONE);
    }

    /** Files hashed at once: reading a million small files is bound by the disk's latency, not by one core. */
    private static final int HASHING_THREADS = 8;

    /** Lists the inbox files, hashing only those whose size or modification time is not in {@code known}. */
    public static Listing scan(List<Path> folders, KnownHashes known) {
        List<java.util.function.Supplier<SourceFile>> found = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path folder : folders) {
            Path root = folder.toAbsolutePath().normalize();
            if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
                skipped.add(folder + ": thư mục hộp thư không tồn tại");
                continue;
            }
            try {
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        return !dir.equals(root) && dir.getFileName().toString().startsWith(".")
                                ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        String name = name(root.relativize(file));
                        String base = file.getFileName().toString();
                        if (attrs.isSymbolicLink()) {
                            skipped.add(name + ": liên kết tượng trưng, không đọc (có thể trỏ ra ngoài hộp thư)");
                        } else if (attrs.isRegularFile() && !base.startsWith(".") && !base.startsWith("~$")) {
                            long modified = attrs.lastModifiedTime().toMillis();
                            String hash = known.hashOf(file, attrs.size(), modified);
                            long size = attrs.size();
                            found.add(() -> new SourceFile(file, name, size, modified, hash != null ? hash : Hashing.sha256(file)));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException("Không đọc được hộp thư " + folder, e);
            }
        }
        List<SourceFile> files = hashAll(found);
        files.sort(Comparator.comparing(SourceFile::name).thenComparing(SourceFile::sha256));
        return new Listing(files, skipped);
    }

    private static List<SourceFile> hashAll(List<java.util.function.Supplier<SourceFile>> found) {
        if (found.size() < 2) {
            return found.stream().map(java.util.function.Supplier::get).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(HASHING_THREADS, task -> {
            Thread t = new Thread(task, "tonghop-hash");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<SourceFile>> hashed = new ArrayList<>();
            found.forEach(f -> hashed.add(pool.submit(f::get)));
            List<SourceFile> files = new ArrayList<>(hashed.size());
            for (java.util.concurrent.Future<SourceFile> f : hashed) {
                files.add(f.get());
            }
            return files;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Đọc hộp thư bị ngắt", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The name shown in messages: folders joined by '/'. Built from the path's parts, not by
     * replacing '\\', which is an ordinary character in a Linux file name ("..\\..\\etc\\passwd.csv"
     * must not be shown as a path that climbs out of the inbox).
     */
    static String name(Path relative) {
        return StreamSupport.stream(relative.spliterator(), false).map(Path::toString).collect(Collectors.joining("/"));
    }
}

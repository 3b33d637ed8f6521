package vn.tonghop.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import vn.tonghop.common.Hashing;

/**
 * Printed PDFs kept by a hash of the HTML they were printed from (and of the Chromium binary), so a
 * nightly run prints again only the documents whose content changed: Chromium takes a second or two a
 * document. Without a folder nothing is kept. Entries a full run did not use are pruned at its end.
 */
final class PdfCache {
    private final Path folder;
    private final String printerKey;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    PdfCache(Path folder, Path chromium) {
        this.folder = folder;
        this.printerKey = printerKey(chromium);
    }

    /** Whether the PDF of this HTML is in the cache. */
    boolean has(String html) {
        return folder != null && Files.isRegularFile(file(key(html)));
    }

    /** The PDF of {@code html}: the cached one, or printed now and kept. */
    byte[] pdf(String html, Supplier<byte[]> print) {
        String key = key(html);
        used.add(key);
        try {
            if (folder != null && Files.isRegularFile(file(key))) {
                return Files.readAllBytes(file(key));
            }
            byte[] pdf = print.get();
            if (folder != null) {
                Files.createDirectories(folder);
                Path tmp = folder.resolve(key + ".tmp");
                Files.write(tmp, pdf);
                Files.move(tmp, file(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return pdf;
        } catch (IOException e) {
            throw new UncheckedIOException("Không dùng được bộ nhớ đệm PDF " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Removes PDFs this run did not use, and leftovers of interrupted writes. */
    void prune() {
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".pdf") || !used.contains(name.substring(0, name.length() - 4))) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Không dọn được bộ nhớ đệm PDF " + folder + ": " + e.getMessage(), e);
        }
    }

    private String key(String html) {
        return Hashing.sha256(printerKey + "\n" + html);
    }

    private Path file(String key) {
        return folder.resolve(key + ".pdf");
    }

    /** A new Chromium (or our own normalisation) may print differently: both are part of the key. */
    private static String printerKey(Path chromium) {
        try {
            return "pdf-v1 " + chromium + " " + Files.size(chromium) + " " + Files.getLastModifiedTime(chromium).toMillis();
        } catch (IOException e) {
            return "pdf-v1 " + chromium;
        }
    }
}

package vn.tonghop.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import vn.tonghop.common.FileCache;
import vn.tonghop.common.Hashing;

/**
 * Printed PDFs kept by a hash of the HTML they were printed from (and of the Chromium binary), so a
 * nightly run prints again only the documents whose content changed: Chromium takes a second or two a
 * document. Without a folder nothing is kept. Entries a full run did not use are pruned at its end.
 */
final class PdfCache {
    private final FileCache files;
    private final String printerKey;

    PdfCache(Path folder, Path chromium) {
        this.files = folder == null ? null : new FileCache(folder, ".pdf", "PDF");
        this.printerKey = printerKey(chromium);
    }

    /** Whether the PDF of this HTML is in the cache. */
    boolean has(String html) {
        return files != null && files.has(key(html));
    }

    /** The PDF of {@code html}: the cached one, or printed now and kept. */
    byte[] pdf(String html, Supplier<byte[]> print) {
        return files == null ? print.get() : files.get(key(html), print);
    }

    /** Removes PDFs this run did not use, and leftovers of interrupted writes. */
    void prune() {
        if (files != null) {
            files.prune();
        }
    }

    private String key(String html) {
        return Hashing.sha256(printerKey + "\n" + html);
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

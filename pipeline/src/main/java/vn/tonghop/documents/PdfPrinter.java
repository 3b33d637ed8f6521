package vn.tonghop.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tonghop.common.FileTrees;

/**
 * Prints HTML to PDF with headless Chromium, then rewrites what Chromium stamps from the clock or at
 * random (the creation and modification dates, the file identifier) to fixed values of the same length,
 * so byte offsets stay valid and the same HTML always gives the same PDF.
 */
final class PdfPrinter {
    static final Path DEFAULT_CHROMIUM = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 120;
    private static final Pattern DATE = Pattern.compile("(/(?:CreationDate|ModDate) ?\\(D:)([^)]*)(\\))");
    private static final Pattern ID = Pattern.compile("/ID ?\\[ ?<([0-9A-Fa-f]+)> ?<([0-9A-Fa-f]+)> ?\\]");

    private final Path chromium;

    private PdfPrinter(Path chromium) {
        this.chromium = chromium;
    }

    Path binary() {
        return chromium;
    }

    /** The printer when Chromium is installed ({@code tonghop.chromium} may name another binary), else empty. */
    static Optional<PdfPrinter> find() {
        String configured = System.getProperty("tonghop.chromium");
        Path binary = configured == null || configured.isBlank() ? DEFAULT_CHROMIUM : Path.of(configured);
        return Files.isExecutable(binary) ? Optional.of(new PdfPrinter(binary)) : Optional.empty();
    }

    static String missingReason() {
        String configured = System.getProperty("tonghop.chromium");
        return "không có Chromium ở " + (configured == null || configured.isBlank() ? DEFAULT_CHROMIUM : configured)
                + " (cài bằng scripts/install-browser.sh)";
    }

    /** The PDF of {@code html}, deterministic. */
    byte[] print(String html) {
        Path work = null;
        try {
            work = Files.createTempDirectory("tonghop-pdf");
            Path page = work.resolve("bao-cao.html");
            Path pdf = work.resolve("bao-cao.pdf");
            Files.writeString(page, html, StandardCharsets.UTF_8);
            Process process = new ProcessBuilder(List.of(chromium.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                    "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--no-pdf-header-footer",
                    "--user-data-dir=" + work.resolve("profile"), "--print-to-pdf=" + pdf, page.toUri().toString()))
                    .redirectErrorStream(true).redirectOutput(work.resolve("chromium.log").toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Chromium không in xong PDF sau " + TIMEOUT_SECONDS + " giây");
            }
            if (process.exitValue() != 0 || !Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
                String log = Files.readString(work.resolve("chromium.log"), StandardCharsets.UTF_8);
                throw new IllegalStateException("Chromium không in được PDF (mã thoát " + process.exitValue() + "): "
                        + log.lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse(""));
            }
            return normalised(Files.readAllBytes(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException("Không in được PDF: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Bị ngắt khi đang in PDF", e);
        } finally {
            deleteQuietly(work);
        }
    }

    /** Chromium's helper processes may still be closing the profile: a leftover temporary folder is no failure. */
    private static void deleteQuietly(Path work) {
        if (work != null) {
            try {
                FileTrees.delete(work);
            } catch (IOException e) {
                work.toFile().deleteOnExit();
            }
        }
    }

    /** Dates become 1 January 2000 and the identifier zeros, each the same number of bytes as before. */
    static byte[] normalised(byte[] pdf) {
        // ISO-8859-1 maps every byte to one char and back, so binary streams survive untouched
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        text = replace(DATE, text, m -> m.group(1) + fixedDate(m.group(2)) + m.group(3));
        text = replace(ID, text, m -> m.group(0).replace(m.group(1), "0".repeat(m.group(1).length()))
                .replace(m.group(2), "0".repeat(m.group(2).length())));
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String fixedDate(String original) {
        String fixed = "20000101000000+00'00'";
        return original.length() <= fixed.length() ? fixed.substring(0, original.length())
                : fixed + " ".repeat(original.length() - fixed.length());
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String replacement = with.apply(m);
            if (replacement.length() != m.group().length()) {
                throw new IllegalStateException("chuẩn hóa PDF làm đổi độ dài: " + m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}

package vn.tonghop.site;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;
import vn.tonghop.testing.BundledSite;

/**
 * Every page of the bundled site checked by the Nu Html Checker (Maven nu.validator:validator, the same
 * checker as vnu.jar), in process and offline: one validator, set up once, checks all pages in one pass,
 * errors only (like vnu's --errors-only).
 */
class HtmlValidationTest {
    /** The schema vnu.jar uses by default; it is read from the copy packaged in the jar, not from the network. */
    static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    record Problem(Path file, int line, int column, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column + ": " + message;
        }
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        Path site = BundledSite.get().site();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() > 20, "the bundled site has its pages: " + pages.size());

        long start = System.nanoTime();
        List<Problem> problems = validate(site, pages);
        System.out.printf("Nu Html Checker: %d pages in %d ms, %d error(s)%n", pages.size(),
                (System.nanoTime() - start) / 1_000_000, problems.size());
        if (!problems.isEmpty()) {
            StringBuilder report = new StringBuilder(problems.size() + " HTML error(s) in "
                    + problems.stream().map(Problem::file).distinct().count() + " of " + pages.size() + " pages:\n");
            problems.forEach(p -> report.append("  ").append(p).append('\n'));
            fail(report.toString());
        }
    }

    @Test
    void theCheckerReallyReportsErrors(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("good.html"),
                "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Đúng</title></head>"
                        + "<body><p>Trường</p></body></html>");
        Path bad = Files.writeString(dir.resolve("bad.html"),
                "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"></head>\n"
                        + "<body><ul><p>sai</p></ul><a href=\"x y\" id=\"a\">a</a><b id=\"a\">b</b></body></html>");
        List<Problem> problems = validate(dir, List.of(good, bad));
        assertTrue(problems.stream().noneMatch(p -> p.file().toString().equals("good.html")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("title")), "missing title: " + problems);
        assertTrue(problems.stream().anyMatch(p -> p.line() == 2 && p.message().contains("ul")), "p inside ul: " + problems);
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("Duplicate ID")), "duplicate id: " + problems);
    }

    /** Checks all the pages with one validator; returns the errors (warnings are left out, as with --errors-only). */
    static List<Problem> validate(Path site, List<Path> pages) throws Exception {
        System.setProperty("nu.validator.datatype.warn", "false");
        List<Problem> problems = new ArrayList<>();
        Path[] current = new Path[1];
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(new Problem(site.relativize(current[0]), e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        // no log4j set-up (Spark's logging stays as it is), no URL logging, no language detection (warnings only)
        SimpleDocumentValidator validator = new SimpleDocumentValidator(false, false, false);
        validator.setUpMainSchema(HTML_SCHEMA, collect);
        validator.setUpValidatorAndParsers(collect, false, false);
        for (Path page : pages) {
            current[0] = page;
            File file = page.toFile();
            validator.checkHtmlFile(file, true);
        }
        return problems;
    }
}

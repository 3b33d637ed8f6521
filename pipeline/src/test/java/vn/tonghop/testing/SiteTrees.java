package vn.tonghop.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Checks over a built site folder: links that do not resolve, files that differ from another build. */
public final class SiteTrees {
    private SiteTrees() {
    }

    /** Internal links and assets that do not resolve to a file; fails at once on a request leaving the site. */
    public static List<String> brokenLinks(Path root) throws IOException {
        List<String> broken = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path html : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document d = Jsoup.parse(html.toFile(), "UTF-8");
                for (Element e : d.select("a[href], link[href], script[src], img[src]")) {
                    String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                    assertFalse(ref.startsWith("http:") || ref.startsWith("https:") || ref.startsWith("//"),
                            "external request in " + html + ": " + ref);
                    assertFalse(ref.startsWith("/"), "absolute link breaks sub-paths: " + ref);
                    Path target = html.getParent().resolve(ref.replaceAll("#.*$", "")).normalize();
                    if (!Files.isRegularFile(target)) {
                        broken.add(root.relativize(html) + " -> " + ref);
                    }
                }
            }
        }
        return broken;
    }

    /** Files that differ between two site folders, or exist in the first only. */
    public static List<String> differences(Path a, Path b) throws IOException {
        List<String> differing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(a)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path other = b.resolve(a.relativize(f).toString());
                if (!Files.exists(other) || Files.mismatch(f, other) != -1) {
                    differing.add(a.relativize(f).toString());
                }
            }
        }
        return differing;
    }
}

package vn.tonghop.documents;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a compiled report lives, relative to the documents folder: {@code <plan slug>/<period code in
 * lower case>/bao-cao-tong-hop.docx} and {@code .pdf}. The one place that names these files, so the site
 * links them without guessing. The period folder follows the site's rule for period pages (site
 * {@code Links.period}: the code in lower case, "2024-h1"); that rule is private to the site, hence
 * computed here too until it moves to a shared place.
 */
public record ReportFiles(String folder, String docx, String pdf) {
    public static final String DOCX_NAME = "bao-cao-tong-hop.docx";
    public static final String PDF_NAME = "bao-cao-tong-hop.pdf";

    public static ReportFiles of(String planSlug, String periodCode) {
        String folder = planSlug + "/" + periodCode.toLowerCase(Locale.ROOT);
        return new ReportFiles(folder, folder + "/" + DOCX_NAME, folder + "/" + PDF_NAME);
    }

    public Path docxIn(Path outDir) {
        return outDir.resolve(docx);
    }

    public Path pdfIn(Path outDir) {
        return outDir.resolve(pdf);
    }
}

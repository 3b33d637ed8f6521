package vn.tonghop.documents;

import java.nio.file.Path;
import vn.tonghop.catalog.Folders;

/**
 * Where a compiled report lives, relative to the documents folder: {@code <plan slug>/<period code in
 * lower case>/bao-cao-tong-hop.docx} and {@code .pdf} (the period folder of {@link Folders#period}).
 * The one place that names these files, so the site links them without guessing.
 */
public record ReportFiles(String folder, String docx, String pdf) {
    public static final String DOCX_NAME = "bao-cao-tong-hop.docx";
    public static final String PDF_NAME = "bao-cao-tong-hop.pdf";

    public static ReportFiles of(String planSlug, String periodCode) {
        String folder = Folders.period(planSlug, periodCode);
        return new ReportFiles(folder, folder + "/" + DOCX_NAME, folder + "/" + PDF_NAME);
    }

    public Path docxIn(Path outDir) {
        return outDir.resolve(docx);
    }

    public Path pdfIn(Path outDir) {
        return outDir.resolve(pdf);
    }
}

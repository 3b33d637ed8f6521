package vn.tonghop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.documents.Documents;

/**
 * The nightly run's documents stage, after the datasets are published and before the site, which
 * links what it writes: every past-due period's compiled report, and blank forms for the units missing
 * in each plan's latest past-due period.
 */
final class DocumentsStage {
    private DocumentsStage() {
    }

    /** The work folder's documents: reports in {@code bao-cao/}, blank forms in {@code mau-bao-cao/}. */
    static Path folder(Settings settings) {
        return settings.datasets().resolveSibling("tai-lieu");
    }

    static Path reports(Settings settings) {
        return folder(settings).resolve("bao-cao");
    }

    static Path forms(Settings settings) {
        return folder(settings).resolve("mau-bao-cao");
    }

    static void run(Settings settings, Catalog catalog, PrintWriter out) {
        long start = System.currentTimeMillis();
        Documents.Result reports = Documents.writeReports(catalog, settings.datasets(), reports(settings), settings.asOf(),
                settings.state().resolve("pdf-cache"), out);
        int forms = Documents.writeMissingForms(catalog, settings.datasets(), forms(settings), settings.asOf(),
                settings.state().resolve("form-cache"));
        out.printf("Tài liệu: %s báo cáo tổng hợp (.docx%s), %s mẫu báo cáo trống cho đơn vị chưa nộp; trong %s.%n",
                SummaryText.n(reports.documents().size()), reports.pdfMade() ? " và PDF, " + SummaryText.n(reports.pdfPrinted())
                        + " bản PDF in mới" : ", không có PDF", SummaryText.n(forms), SummaryText.seconds(System.currentTimeMillis() - start));
        out.flush();
    }
}

package vn.tonghop.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import vn.tonghop.catalog.Folders;
import vn.tonghop.catalog.Period;
import vn.tonghop.catalog.Plan;
import vn.tonghop.documents.ReportFiles;
import vn.tonghop.documents.ReportForms;
import vn.tonghop.site.model.Link;

/**
 * What the documents stage wrote, as the site links it: each period's compiled report and the
 * missing units' blank forms, copied beside the period's page ({@code mau-bao-cao/} for forms).
 * Either folder may be absent (a site built without the documents stage links none).
 */
final class DocumentFiles {
    static final String FORMS = "mau-bao-cao";
    static final DocumentFiles NONE = new DocumentFiles(null, null);

    private final Path reports;
    private final Path forms;

    DocumentFiles(Path reports, Path forms) {
        this.reports = reports;
        this.forms = forms;
    }

    /** The compiled report as .docx or .pdf ({@code name} from {@link ReportFiles}), when written. */
    Link report(Plan plan, String period, String name, String text, String root) {
        boolean exists = reports != null && Files.isRegularFile(reports.resolve(Folders.period(plan.slug(), period)).resolve(name));
        return exists ? new Link(text, root + Links.periodFile(plan.slug(), period, name)) : null;
    }

    /** A missing unit's blank form, when written. */
    Link form(Plan plan, String period, String unit, String root) {
        return formFile(plan, period, ReportForms.workbookName(unit), "Mẫu báo cáo trống (.xlsx)", root);
    }

    /** The CSV template of a period's blank forms, when written. */
    Link csvTemplate(Plan plan, String period, String root) {
        return Period.parse(period).map(p -> formFile(plan, period, ReportForms.csvTemplateName(plan, p),
                "Mẫu CSV của các đơn vị chưa nộp", root)).orElse(null);
    }

    private Link formFile(Plan plan, String period, String name, String text, String root) {
        boolean exists = forms != null && Files.isRegularFile(forms.resolve(Folders.period(plan.slug(), period)).resolve(name));
        return exists ? new Link(text, root + Links.periodFile(plan.slug(), period, FORMS + "/" + name)) : null;
    }

    /** Copies every report and form into the site being built, beside the period pages. */
    void copyInto(Path site) throws IOException {
        if (reports != null && Files.isDirectory(reports)) {
            vn.tonghop.common.FileTrees.copy(reports, site.resolve("ke-hoach"));
        }
        if (forms == null || !Files.isDirectory(forms)) {
            return;
        }
        try (Stream<Path> files = Files.walk(forms)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Path period = forms.relativize(file.getParent());
                Path target = site.resolve("ke-hoach").resolve(period.toString()).resolve(FORMS).resolve(file.getFileName().toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }
}

package vn.tonghop.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A plan (kế hoạch, chương trình hành động). {@code slug} names every folder, file and page;
 * {@code code} is only ever printed. {@code assumed} names the fields its source text does not state.
 */
public record Plan(String code, String slug, String title, String issuer, String issuerUnit,
                   String superiorBody, DocumentStyle style, String place, LocalDate issueDate,
                   String signerTitle, String signerName, List<String> recipients, List<String> implementsDocs,
                   LocalDate validFrom, LocalDate validTo, ReporterRule reporters, ReportingCalendar calendar,
                   Map<String, Set<Integer>> indicatorYears, Set<String> assumed, List<Task> tasks) {

    public Stream<Task> allTasks() {
        return tasks.stream().flatMap(Task::flatten);
    }

    public Stream<Task> leafTasks() {
        return allTasks().filter(Task::isLeaf);
    }

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }

    public boolean carries(String indicatorCode, int year) {
        return indicatorYears.getOrDefault(indicatorCode, Set.of()).contains(year);
    }
}

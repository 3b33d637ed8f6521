package vn.tonghop.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.common.Hashing;
import vn.tonghop.testing.TestCatalogs;

/**
 * The bad-input corpus: each file in resources/corpus with its exact expected outcome in
 * FILE.expect (see pipeline/src/test/corpus-tools/make_csv_cases.py for the format).
 */
class BadInputCorpusTest {
    static final Path CORPUS = Path.of("pipeline/src/test/resources/corpus");
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 20);
    static final Catalog CATALOG = TestCatalogs.mini();

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".expect")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCaseHasItsExactOutcome(String name) throws IOException {
        Expected expected = Expected.read(CORPUS.resolve(name + ".expect"));
        Outcome outcome = ingest(List.of(source(CORPUS.resolve(name))));

        assertEquals(expected.file, outcome.fileReason, "whole-file outcome of " + name);
        assertEquals(expected.accepted, outcome.accepted, "accepted rows of " + name);
        assertEquals(expected.rows, outcome.quarantinedRows, "quarantined rows of " + name);
        assertEquals(outcome.read, outcome.accepted + outcome.quarantined, "rows read = accepted + quarantined");
        for (String fragment : expected.messages) {
            assertTrue(outcome.messages.stream().anyMatch(m -> m.contains(fragment)),
                    name + ": no message contains '" + fragment + "' in " + outcome.messages);
        }
        for (ReportRow row : outcome.rows) {
            if (!row.accepted()) {
                String where = name + ", dòng " + row.raw().rowNumber() + ", cột " + row.rejection().field() + ": ";
                assertTrue(row.rejection().message().startsWith(where), "message names file, row and field: " + row.rejection().message());
            }
            assertOnlyCatalogNamesFolders(row);
        }
        expected.notes.forEach((rowNumber, note) -> assertEquals(note, outcome.rows.stream()
                .filter(r -> r.raw().rowNumber() == rowNumber).map(r -> r.raw().note()).findFirst().orElse(null),
                name + ": note of row " + rowNumber));
    }

    /** The store's folders come from the plan slug and year; typed text (../../etc/passwd) must never reach them. */
    static void assertOnlyCatalogNamesFolders(ReportRow row) {
        ParsedRow p = row.parsed();
        assertTrue(p.planSlug() == null || CATALOG.plans().stream().anyMatch(plan -> plan.slug().equals(p.planSlug())),
                () -> "plan slug not from the catalog: " + p.planSlug());
        assertTrue(p.unit() == null || CATALOG.units().canonicalCode(p.unit()).filter(p.unit()::equals).isPresent(),
                () -> "unit not from the catalog: " + p.unit());
    }

    @Test
    void everyReasonHasACase() throws IOException {
        Set<String> covered = new TreeSet<>();
        for (String name : cases().toList()) {
            Expected e = Expected.read(CORPUS.resolve(name + ".expect"));
            if (e.file != null) {
                covered.add(e.file);
            }
            e.rows.forEach(r -> covered.add(r.split(" ")[1]));
        }
        Set<String> all = new TreeSet<>();
        for (Reason r : Reason.values()) {
            all.add(r.name());
        }
        all.removeAll(covered);
        assertTrue(all.isEmpty(), "reasons without a corpus case: " + all);
    }

    @Test
    void badFilesNeverStopTheOthersInTheSameRun() throws IOException {
        List<SourceFile> all = new ArrayList<>();
        for (String name : cases().toList()) {
            all.add(source(CORPUS.resolve(name)));
        }
        Outcome together = ingest(all);
        long expectedAccepted = 0;
        for (String name : cases().toList()) {
            expectedAccepted += Expected.read(CORPUS.resolve(name + ".expect")).accepted;
        }
        assertEquals(expectedAccepted, together.accepted, () -> "accepted per file: " + together.acceptedByFile);
        assertEquals(together.read, together.accepted + together.quarantined, "rows read = accepted + quarantined");
    }

    static Outcome ingest(List<SourceFile> files) {
        Outcome outcome = new Outcome();
        IngestSummary summary = new Ingest(CATALOG, AS_OF).run(files,
                new Ingest.Context("b00000001", 1, Instant.EPOCH, Set.of(), Set.of()), outcome, Ingest.Progress.NONE);
        outcome.read = summary.rowsRead();
        outcome.messages = summary.messages();
        return outcome;
    }

    static SourceFile source(Path path) throws IOException {
        return new SourceFile(path, path.getFileName().toString(), Files.size(path), 0, Hashing.sha256(path));
    }

    static final class Outcome implements RowSink {
        final List<ReportRow> rows = new ArrayList<>();
        final java.util.Map<String, Integer> acceptedByFile = new java.util.TreeMap<>();
        final Set<String> quarantinedRows = new TreeSet<>();
        long accepted;
        long quarantined;
        long read;
        String fileReason;
        List<String> messages;

        @Override
        public void row(ReportRow row) {
            rows.add(row);
            if (row.accepted()) {
                accepted++;
            } else {
                quarantined++;
                quarantinedRows.add(row.raw().rowNumber() + " " + row.rejection().reason() + " " + row.rejection().field());
            }
        }

        @Override
        public void file(FileRecord file) {
            acceptedByFile.put(file.lineage().sourceFile(), file.rowsAccepted());
            if (file.rejection() != null) {
                fileReason = file.rejection().reason().name();
            }
        }

        @Override
        public void submission(SubmissionRecord submission) {
        }
    }

    static final class Expected {
        long accepted;
        String file;
        final Set<String> rows = new TreeSet<>();
        final List<String> messages = new ArrayList<>();
        final java.util.Map<Integer, String> notes = new java.util.TreeMap<>();

        static Expected read(Path path) throws IOException {
            Expected e = new Expected();
            for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                String[] parts = line.strip().split(" ", 2);
                switch (parts[0]) {
                    case "accepted" -> e.accepted = Long.parseLong(parts[1]);
                    case "file" -> e.file = parts[1];
                    case "row" -> e.rows.add(parts[1]);
                    case "message" -> e.messages.add(parts[1]);
                    case "note" -> {
                        String[] note = parts[1].split(" ", 2);
                        e.notes.put(Integer.parseInt(note[0]), note.length > 1 ? note[1] : "");
                    }
                    default -> {
                        // comments and blank lines
                    }
                }
            }
            return e;
        }
    }
}

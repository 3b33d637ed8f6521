package vn.tonghop.planimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The importer never drops text: for every non-blank line of the seeds and the synthetic plans, the
 * line has a place in the draft, every word of it is in the draft's YAML, and the line's text (after
 * its number or bullet) is found whole in one of the draft's strings; lines placed nowhere else are
 * in import.unplaced with their numbers, and each of them is reported.
 */
class NeverDropsTextTest {

    static Stream<Path> documents() throws IOException {
        try (Stream<Path> synthetic = Files.list(PlanImportFixtures.SYNTHETIC)) {
            return Stream.concat(Stream.of(PlanImportFixtures.Seed.values()).map(PlanImportFixtures.Seed::path),
                    synthetic.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream());
        }
    }

    @ParameterizedTest
    @MethodSource("documents")
    void everyLineEndsUpInTheDraft(Path document) throws IOException {
        Draft draft = PlanImporter.importFile(document, PlanImportFixtures.catalog());
        List<String> lines = Files.readAllLines(document, StandardCharsets.UTF_8);
        List<String> strings = PlanImportFixtures.strings(PlanImportFixtures.tree(draft.yaml()));
        Set<String> words = new HashSet<>();
        strings.forEach(s -> words.addAll(words(s)));
        for (int i = 0; i < lines.size(); i++) {
            int number = i + 1;
            String raw = lines.get(i);
            if (raw.isBlank()) {
                continue;
            }
            assertTrue(draft.placement().containsKey(number), "line " + number + " has no place: " + raw);
            for (String w : words(raw)) {
                assertTrue(words.contains(w), "line " + number + ": word “" + w + "” is not in the draft");
            }
            String text = Line.of(number, raw).text();
            String rest = text.isEmpty() ? raw.strip() : Marker.parse(text).rest();
            assertTrue(strings.stream().anyMatch(s -> s.contains(rest)), "line " + number + " is not found whole in the draft: " + rest);
        }
        List<Integer> unplaced = draft.placement().entrySet().stream().filter(e -> e.getValue().equals("chưa xếp")).map(e -> e.getKey()).toList();
        assertEquals(unplaced, draft.unplaced.stream().map(n -> n.lines().get(0)).toList());
        for (int line : unplaced) {
            assertTrue(draft.findings().stream().anyMatch(f -> f.level() == Finding.Level.CHECK && f.lines().contains(line)),
                    "unplaced line " + line + " is reported");
            assertTrue(draft.report().contains("dòng " + line + ": dòng không xếp được vào đâu"), draft.report());
        }
    }

    private static List<String> words(String text) {
        return Stream.of(text.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }
}

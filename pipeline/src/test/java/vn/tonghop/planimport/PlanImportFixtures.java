package vn.tonghop.planimport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.CatalogLoader;
import vn.tonghop.catalog.Plan;
import vn.tonghop.catalog.Task;
import vn.tonghop.testing.TestCatalogs;

/** The seed plans (copies of ../shared/seeds in data/plan-sources), the bundled catalog, and loading a draft back. */
final class PlanImportFixtures {
    static final Path SOURCES = Path.of("data/plan-sources");
    static final Path DRAFTS = Path.of("data/plan-drafts");
    static final Path SYNTHETIC = Path.of("pipeline/src/test/resources/planimport");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** A seed document and the slug of its hand-written catalog entry. */
    enum Seed {
        KH09("plan-09-KH-DU-5-khong.txt", "09-kh-du"),
        KH74("plan-74-KH-DU-mat-tran.txt", "74-kh-du"),
        PGDDT("plan-phong-gddt-dan-van-chinh-quyen-2023.txt", "pgddt-gv-dvcq-2023");

        final String file;
        final String handWritten;

        Seed(String file, String handWritten) {
            this.file = file;
            this.handWritten = handWritten;
        }

        Path path() {
            return SOURCES.resolve(file);
        }
    }

    private static Catalog bundled;

    private PlanImportFixtures() {
    }

    static synchronized Catalog catalog() {
        if (bundled == null) {
            bundled = CatalogLoader.load(TestCatalogs.BUNDLED);
        }
        return bundled;
    }

    static Draft draft(Seed seed) {
        return PlanImporter.importFile(seed.path(), catalog());
    }

    static Plan handWritten(Seed seed) {
        return catalog().plans().stream().filter(p -> p.slug().equals(seed.handWritten)).findFirst().orElseThrow();
    }

    static ObjectNode tree(String yaml) {
        try {
            return (ObjectNode) YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads a draft with the catalog loader, in a copy of the bundled catalog where it replaces the plan
     * {@code replaces} (so codes and indicators do not clash), after {@code fill} has put in what a person
     * would (the loader requires issue_date, valid_from, a code and a calendar with due rules).
     */
    static Plan loadBack(Draft draft, String replaces, Path dir, Consumer<ObjectNode> fill) {
        try {
            Path catalogDir = dir.resolve("catalog");
            try (Stream<Path> files = Files.walk(TestCatalogs.BUNDLED)) {
                for (Path source : files.toList()) {
                    Path dest = catalogDir.resolve(TestCatalogs.BUNDLED.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(dest);
                    } else {
                        Files.copy(source, dest);
                    }
                }
            }
            if (replaces != null) {
                Files.delete(catalogDir.resolve("plans/" + replaces + ".yaml"));
            }
            ObjectNode node = tree(draft.yaml());
            fill.accept(node);
            Files.writeString(catalogDir.resolve("plans/" + node.get("slug").asText() + ".yaml"), YAML.writeValueAsString(node));
            Catalog loaded = CatalogLoader.load(catalogDir);
            return loaded.plans().stream().filter(p -> p.slug().equals(node.get("slug").asText())).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts the hand-written entry's value into each empty field the loader requires. */
    static Consumer<ObjectNode> fillFrom(Plan hand) {
        return node -> {
            setIfBlank(node, "code", hand.code());
            setIfBlank(node, "issue_date", hand.issueDate().toString());
            setIfBlank(node, "valid_from", hand.validFrom().toString());
            ObjectNode calendar = (ObjectNode) node.get("calendar");
            ArrayNode periods = (ArrayNode) calendar.get("periods");
            if (periods.isEmpty()) {
                hand.calendar().entries().forEach(e -> periods.addObject().put("type", e.type().catalogName()).put("due", e.due().text()));
            }
        };
    }

    static void setIfBlank(ObjectNode node, String key, String value) {
        if (!node.hasNonNull(key) || node.get(key).asText().isBlank()) {
            node.put(key, value);
        }
    }

    /** Every string in a YAML tree (values, not keys). */
    static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.asText());
        } else if (node.isNumber()) {
            out.add(node.asText());
        } else {
            node.forEach(child -> collect(child, out));
        }
    }

    /**
     * Differences between two task trees by code: tasks only in one, and label, text, lead, coordinate
     * and deadline (a deadline only where the hand-written entry does not mark it assumed).
     */
    static List<String> diff(Plan hand, Plan draft) {
        List<String> out = new ArrayList<>();
        List<Task> h = hand.allTasks().toList();
        List<Task> d = draft.allTasks().toList();
        for (Task t : h) {
            Task other = d.stream().filter(x -> x.code().equals(t.code())).findFirst().orElse(null);
            if (other == null) {
                out.add(t.code() + ": only hand-written");
                continue;
            }
            compare(out, t.code(), "label", t.label(), other.label());
            compare(out, t.code(), "text", t.text(), other.text());
            compare(out, t.code(), "lead", t.lead(), other.lead());
            compare(out, t.code(), "coordinate", t.coordinate(), other.coordinate());
            if (!t.assumed().contains("deadline")) {
                compare(out, t.code(), "deadline", t.deadline(), other.deadline());
            } else if (other.deadline() != null) {
                out.add(t.code() + " deadline: assumed " + t.deadline() + " vs stated " + other.deadline());
            }
        }
        for (Task t : d) {
            if (h.stream().noneMatch(x -> x.code().equals(t.code()))) {
                out.add(t.code() + ": only in draft");
            }
        }
        return out;
    }

    private static void compare(List<String> out, String code, String field, Object hand, Object draft) {
        if (!Objects.equals(hand, draft)) {
            out.add(code + " " + field + ": " + hand + " <> " + draft);
        }
    }
}

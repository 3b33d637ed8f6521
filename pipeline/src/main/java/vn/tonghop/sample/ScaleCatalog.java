package vn.tonghop.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.CatalogLoader;
import vn.tonghop.catalog.Plan;
import vn.tonghop.vi.Fold;

/**
 * Writes a generated catalog: the unit tree of {@link ScaleTree}, and the template catalog's plans and
 * movements (same tasks, indicators, calendars) moved onto the generated tree and years. Plans that
 * carry the same indicators follow one another (an indicator's year belongs to one plan), so they split
 * the years in the template's order; the others span all years. Every plan is reported by the tree's
 * grassroots units and branches; target kinds the tree lacks become its grassroots kinds; lead and
 * coordinating units become the tree's root. Holidays are copied.
 */
final class ScaleCatalog {
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());
    private static final List<String> GRASSROOTS = List.of(ScaleTree.GRASSROOTS_COMMITTEE, ScaleTree.GRASSROOTS_CELL);
    /** Every plan is reported by the grassroots and the branches, so that most units report on every plan. */
    private static final List<String> REPORTERS = List.of(ScaleTree.GRASSROOTS_COMMITTEE, ScaleTree.GRASSROOTS_CELL,
            ScaleTree.BRANCH);

    private final Path template;
    private final ScaleTree tree;
    private final Set<String> foldedKinds = new LinkedHashSet<>();

    private ScaleCatalog(Path template, ScaleTree tree) {
        this.template = template;
        this.tree = tree;
        tree.kinds().forEach(k -> foldedKinds.add(Fold.fold(k)));
    }

    /** Writes {@code units.csv}, {@code holidays.csv}, {@code movements.yaml} and {@code plans/} into {@code dir}. */
    static void write(Path template, ScaleTree tree, int firstYear, int lastYear, Path dir) {
        new ScaleCatalog(template, tree).write(firstYear, lastYear, dir);
    }

    private void write(int firstYear, int lastYear, Path dir) {
        Catalog source = CatalogLoader.load(template);
        try {
            Files.createDirectories(dir.resolve("plans"));
            tree.writeCsv(dir.resolve("units.csv"));
            if (Files.exists(template.resolve("holidays.csv"))) {
                Files.copy(template.resolve("holidays.csv"), dir.resolve("holidays.csv"));
            }
            ObjectNode movements = (ObjectNode) read(template.resolve("movements.yaml"));
            for (JsonNode movement : movements.withArray("movements")) {
                for (JsonNode indicator : movement.withArray("indicators")) {
                    if (indicator.get("target") instanceof ObjectNode target && target.has("kinds")) {
                        target.set("kinds", kinds(target.get("kinds")));
                    }
                }
            }
            writeYaml(movements, dir.resolve("movements.yaml"));
            List<Plan> plans = source.plans().stream()
                    .sorted(Comparator.comparing(Plan::validFrom).thenComparing(Plan::slug)).toList();
            for (Plan plan : plans) {
                List<Plan> chain = plans.stream().filter(p -> sharesIndicators(p, plan)).toList();
                int index = chain.indexOf(plan);
                int years = lastYear - firstYear + 1;
                int from = firstYear + index * years / chain.size();
                int to = firstYear + (index + 1) * years / chain.size() - 1;
                if (from <= to) {
                    ObjectNode yaml = (ObjectNode) read(template.resolve("plans").resolve(plan.slug() + ".yaml"));
                    writeYaml(moved(yaml, plan, from, to), dir.resolve("plans").resolve(plan.slug() + ".yaml"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Không ghi được danh mục vào " + dir, e);
        }
    }

    /** The plan over [from, to]: reporting to the tree's root, dates moved by the same number of years. */
    private ObjectNode moved(ObjectNode yaml, Plan plan, int from, int to) {
        int shift = from - plan.validFrom().getYear();
        String root = tree.root().code;
        yaml.remove("import");
        yaml.put("issuer", tree.root().name);
        yaml.put("issuer_unit", root);
        if (plan.issueDate() != null) {
            yaml.put("issue_date", plan.issueDate().plusYears(shift).toString());
        }
        yaml.put("valid_from", LocalDate.of(from, 1, 1).toString());
        yaml.put("valid_to", LocalDate.of(to + 1, 1, 1).toString());
        ObjectNode reporters = yaml.withObject("/reporters");
        reporters.put("subtree", root);
        ArrayNode reporting = reporters.putArray("kinds");
        REPORTERS.forEach(reporting::add);
        for (JsonNode indicator : yaml.withArray("indicators")) {
            ArrayNode years = ((ObjectNode) indicator).putArray("years");
            for (int y = from; y <= to; y++) {
                years.add(y);
            }
        }
        tasks(yaml.withArray("tasks"), root, shift);
        return yaml;
    }

    private static void tasks(ArrayNode tasks, String root, int shift) {
        for (JsonNode node : tasks) {
            ObjectNode task = (ObjectNode) node;
            task.remove("import");
            for (String units : List.of("lead", "coordinate")) {
                if (task.has(units) && !task.get(units).isEmpty()) {
                    task.putArray(units).add(root);
                }
            }
            if (task.hasNonNull("deadline") && !task.get("deadline").asText().isBlank()) {
                task.put("deadline", LocalDate.parse(task.get("deadline").asText()).plusYears(shift).toString());
            }
            if (task.get("children") instanceof ArrayNode children) {
                tasks(children, root, shift);
            }
        }
    }

    /** The kinds the tree has, kept in order; the tree's grassroots kinds when none is left. */
    private ArrayNode kinds(JsonNode wanted) {
        List<String> kept = new ArrayList<>();
        if (wanted != null) {
            wanted.forEach(k -> {
                if (foldedKinds.contains(Fold.fold(k.asText()))) {
                    kept.add(k.asText());
                }
            });
        }
        ArrayNode out = YAML.createArrayNode();
        (kept.isEmpty() ? GRASSROOTS : kept).forEach(out::add);
        return out;
    }

    private static boolean sharesIndicators(Plan a, Plan b) {
        Collection<String> codes = a.indicatorYears().keySet();
        return a == b || b.indicatorYears().keySet().stream().anyMatch(codes::contains);
    }

    private static JsonNode read(Path file) throws IOException {
        return YAML.readTree(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static void writeYaml(JsonNode node, Path file) throws IOException {
        String header = "# Sinh bởi tonghop generate --units: suy ra từ danh mục mẫu, không sửa tay.\n";
        Files.writeString(file, header + YAML.writeValueAsString(node), StandardCharsets.UTF_8);
    }
}

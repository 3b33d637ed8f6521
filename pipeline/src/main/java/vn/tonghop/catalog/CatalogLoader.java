package vn.tonghop.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.tonghop.common.Hashing;
import vn.tonghop.vi.Fold;

/**
 * Loads and checks the catalog folder: units.csv, holidays.csv, movements.yaml, plans/*.yaml.
 * Every problem is collected; if there is any, one {@link CatalogException} lists them all.
 */
public final class CatalogLoader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private CatalogLoader() {
    }

    public static Catalog load(Path dir) {
        Problems problems = new Problems();
        if (!Files.isDirectory(dir)) {
            throw new CatalogException(List.of(dir + ": thư mục danh mục không tồn tại"));
        }
        UnitTree units = requireFile(dir.resolve("units.csv"), problems)
                ? UnitsCsv.read(dir.resolve("units.csv"), problems) : new UnitTree(List.of());
        Set<LocalDate> holidays = Files.exists(dir.resolve("holidays.csv"))
                ? holidays(dir.resolve("holidays.csv"), problems) : Set.of();
        List<Movement> movements = requireFile(dir.resolve("movements.yaml"), problems)
                ? MovementsYaml.read(yaml(dir.resolve("movements.yaml"), problems)) : List.of();
        List<Plan> plans = new ArrayList<>();
        for (Path file : planFiles(dir.resolve("plans"), problems)) {
            YamlNode root = yaml(file, problems);
            Plan plan = PlanYaml.read(root);
            String expected = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
            if (!plan.slug().isEmpty() && !plan.slug().equals(expected)) {
                root.problem("slug", "slug '" + plan.slug() + "' phải trùng tên tệp '" + expected + "'");
            }
            plans.add(plan);
        }
        if (plans.isEmpty()) {
            problems.add("plans/", "chưa có kế hoạch nào");
        }
        CrossChecks.run(units, plans, movements, problems);
        if (!problems.isEmpty()) {
            throw new CatalogException(problems.items());
        }
        return new Catalog(units, plans, movements, holidays, fingerprint(dir));
    }

    private static boolean requireFile(Path file, Problems problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(file.getFileName().toString(), "thiếu tệp");
            return false;
        }
        return true;
    }

    private static List<Path> planFiles(Path dir, Problems problems) {
        if (!Files.isDirectory(dir)) {
            problems.add("plans/", "thiếu thư mục kế hoạch");
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("[^.].*\\.ya?ml")).sorted().toList();
        } catch (IOException e) {
            problems.add("plans/", "không đọc được thư mục: " + e.getMessage());
            return List.of();
        }
    }

    private static YamlNode yaml(Path file, Problems problems) {
        String name = file.getParent().getFileName() + "/" + file.getFileName();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JsonNode node = YAML.readTree(reader);
            if (node == null || !node.isObject()) {
                problems.add(name, "tệp YAML trống hoặc không phải một bảng khóa-giá trị");
                node = YAML.createObjectNode();
            }
            return new YamlNode(node, name, problems);
        } catch (IOException e) {
            problems.add(name, "YAML không hợp lệ: " + e.getMessage().lines().findFirst().orElse(""));
            return new YamlNode(YAML.createObjectNode(), name, problems);
        }
    }

    private static Set<LocalDate> holidays(Path file, Problems problems) {
        Set<LocalDate> days = new HashSet<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                     .setIgnoreEmptyLines(true).get().parse(reader)) {
            String dateColumn = csv.getHeaderNames().stream().filter(h -> Fold.fold(h.replace("\uFEFF", "")).equals("ngay"))
                    .findFirst().orElse(null);
            if (dateColumn == null) {
                problems.add("holidays.csv", "thiếu cột ngay");
                return days;
            }
            for (CSVRecord r : csv) {
                DateText.parse(r.get(dateColumn)).ifPresentOrElse(days::add, () -> problems.add(
                        "holidays.csv, dòng " + (r.getRecordNumber() + 1), "ngày '" + r.get(dateColumn) + "' không hợp lệ"));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            problems.add("holidays.csv", "không đọc được tệp: " + e.getMessage());
        }
        return days;
    }

    /** A hash over every catalog file's path and content: any edit changes it. */
    private static String fingerprint(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            String listing = files.filter(Files::isRegularFile).sorted()
                    .map(f -> dir.relativize(f).toString().replace('\\', '/') + "=" + Hashing.sha256(f))
                    .collect(Collectors.joining("\n"));
            return Hashing.sha256(listing);
        } catch (IOException e) {
            throw new CatalogException(List.of(dir + ": không đọc được thư mục danh mục: " + e.getMessage()));
        }
    }

    /** Index of folded codes used by the cross checks. */
    static Map<String, String> foldedIndex(Iterable<String> codes) {
        Map<String, String> index = new HashMap<>();
        codes.forEach(c -> index.putIfAbsent(Fold.fold(c), c));
        return index;
    }
}

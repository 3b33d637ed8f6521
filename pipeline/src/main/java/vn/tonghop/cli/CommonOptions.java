package vn.tonghop.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;
import vn.tonghop.catalog.DateText;

/**
 * Options every command shares. A config file (YAML, paths relative to it) gives defaults;
 * options on the command line win. Runtime folders default to one work folder (./var).
 */
final class CommonOptions {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Option(names = "--config", paramLabel = "FILE", description = "Tệp cấu hình YAML (đường dẫn trong tệp tính từ thư mục của tệp).")
    Path config;

    @Option(names = "--catalog", paramLabel = "DIR", description = "Thư mục danh mục (units.csv, plans/, movements.yaml).")
    Path catalog;

    @Option(names = "--inbox", paramLabel = "DIR", description = "Thư mục báo cáo đến (có thể lặp lại). Chỉ đọc, không sửa.")
    List<Path> inboxes;

    @Option(names = "--workdir", paramLabel = "DIR", description = "Thư mục làm việc chứa store/, datasets/, state/, site/, archive/ (mặc định ./var).")
    Path workdir;

    @Option(names = "--store", paramLabel = "DIR", description = "Kho Parquet (mặc định WORKDIR/store).")
    Path store;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Ngày chốt số liệu (yyyy-MM-dd hoặc dd/MM/yyyy); mặc định: hôm nay giờ Việt Nam.")
    String asOf;

    Settings resolve() {
        return resolve(true);
    }

    /** For commands that never read the catalog (rollback): then it may be left out and is null. */
    Settings resolveWithoutCatalog() {
        return resolve(false);
    }

    private Settings resolve(boolean catalogNeeded) {
        JsonNode config = readConfig();
        Path base = this.config == null ? Path.of("") : this.config.toAbsolutePath().getParent();
        Path catalogDir = pick(catalog, config, "catalog", base).orElse(null);
        if (catalogNeeded && catalogDir == null) {
            throw new ConfigException("Thiếu thư mục danh mục: dùng --catalog hoặc khóa 'catalog' trong --config");
        }
        List<Path> inboxDirs = inboxes != null && !inboxes.isEmpty() ? inboxes : configList(config, "inbox", base);
        Path work = pick(workdir, config, "workdir", base).orElse(Path.of("var"));
        Path storeDir = pick(store, config, "store", base).orElse(work.resolve("store"));
        Path datasetsDir = pick(null, config, "datasets", base).orElse(work.resolve("datasets"));
        Path stateDir = pick(null, config, "state", base).orElse(work.resolve("state"));
        Path siteDir = pick(null, config, "site", base).orElse(work.resolve("site"));
        Path archiveDir = pick(null, config, "archive", base).orElse(work.resolve("archive"));
        String asOfText = asOf != null ? asOf : config.hasNonNull("as_of") ? config.get("as_of").asText() : null;
        LocalDate date = asOfText == null ? LocalDate.now(VIETNAM) : DateText.parse(asOfText)
                .orElseThrow(() -> new ConfigException("Ngày chốt số liệu '" + asOfText + "' không hợp lệ; cần yyyy-MM-dd"));
        if (catalogNeeded && !Files.isDirectory(catalogDir)) {
            throw new ConfigException("Thư mục danh mục không tồn tại: " + catalogDir);
        }
        return new Settings(catalogDir, inboxDirs, storeDir, datasetsDir, stateDir, siteDir, archiveDir, date, asOfText != null);
    }

    private JsonNode readConfig() {
        if (config == null) {
            return YAML.createObjectNode();
        }
        if (!Files.isRegularFile(config)) {
            throw new ConfigException("Không có tệp cấu hình " + config);
        }
        try {
            JsonNode node = YAML.readTree(config.toFile());
            if (node == null || !node.isObject()) {
                throw new ConfigException("Tệp cấu hình " + config + " trống hoặc không phải bảng khóa-giá trị YAML");
            }
            return node;
        } catch (IOException e) {
            throw new ConfigException("Tệp cấu hình " + config + " không hợp lệ: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static Optional<Path> pick(Path option, JsonNode config, String key, Path base) {
        if (option != null) {
            return Optional.of(option);
        }
        return config.hasNonNull(key) ? Optional.of(base.resolve(config.get(key).asText()).normalize()) : Optional.empty();
    }

    private static List<Path> configList(JsonNode config, String key, Path base) {
        List<Path> out = new ArrayList<>();
        JsonNode node = config.get(key);
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(n -> out.add(base.resolve(n.asText()).normalize()));
        } else {
            out.add(base.resolve(node.asText()).normalize());
        }
        return out;
    }
}

package vn.tonghop.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Reads fields of one YAML mapping, reporting missing or malformed ones to {@link Problems} by path. */
final class YamlNode {
    private final JsonNode node;
    private final String where;
    private final Problems problems;

    YamlNode(JsonNode node, String where, Problems problems) {
        this.node = node;
        this.where = where;
        this.problems = problems;
    }

    String where() {
        return where;
    }

    boolean has(String key) {
        JsonNode v = node.get(key);
        return v != null && !v.isNull() && !(v.isTextual() && v.asText().isBlank());
    }

    String text(String key) {
        if (!has(key)) {
            problems.add(where + "." + key, "thiếu giá trị bắt buộc");
            return "";
        }
        return node.get(key).asText().strip();
    }

    String optionalText(String key) {
        return has(key) ? node.get(key).asText().strip() : null;
    }

    boolean flag(String key) {
        return has(key) && node.get(key).asBoolean(false);
    }

    LocalDate date(String key, boolean required) {
        if (!has(key)) {
            if (required) {
                problems.add(where + "." + key, "thiếu ngày (yyyy-MM-dd)");
            }
            return null;
        }
        Optional<LocalDate> parsed = DateText.parse(node.get(key).asText());
        if (parsed.isEmpty()) {
            problems.add(where + "." + key, "ngày không hợp lệ '" + node.get(key).asText() + "', cần yyyy-MM-dd");
        }
        return parsed.orElse(null);
    }

    Double number(String key) {
        if (!has(key)) {
            return null;
        }
        JsonNode v = node.get(key);
        if (!v.isNumber()) {
            problems.add(where + "." + key, "cần một số, gặp '" + v.asText() + "'");
            return null;
        }
        return v.asDouble();
    }

    List<String> texts(String key) {
        List<String> out = new ArrayList<>();
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            problems.add(where + "." + key, "cần một danh sách");
            return out;
        }
        v.forEach(item -> out.add(item.asText().strip()));
        return out;
    }

    Set<String> textSet(String key) {
        return new LinkedHashSet<>(texts(key));
    }

    YamlNode child(String key) {
        JsonNode v = node.get(key);
        if (v == null || !v.isObject()) {
            problems.add(where + "." + key, "thiếu mục hoặc không phải một bảng khóa-giá trị");
            return null;
        }
        return new YamlNode(v, where + "." + key, problems);
    }

    <T> List<T> list(String key, Function<YamlNode, T> reader) {
        List<T> out = new ArrayList<>();
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            problems.add(where + "." + key, "cần một danh sách");
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            T item = reader.apply(new YamlNode(v.get(i), where + "." + key + "[" + i + "]", problems));
            if (item != null) {
                out.add(item);
            }
        }
        return out;
    }

    <E extends Enum<E>> E enumValue(String key, Class<E> type, E fallback) {
        String text = text(key);
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(text)) {
                return e;
            }
        }
        if (!text.isEmpty()) {
            problems.add(where + "." + key, "giá trị '" + text + "' không hợp lệ, cần một trong "
                    + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(java.util.Locale.ROOT));
        }
        return fallback;
    }

    void problem(String key, String what) {
        problems.add(key == null ? where : where + "." + key, what);
    }
}

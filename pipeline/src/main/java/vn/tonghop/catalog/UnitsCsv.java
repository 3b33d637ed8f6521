package vn.tonghop.catalog;

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
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.tonghop.vi.Fold;

/** Reads units.csv and checks the tree: intervals, parents, successors, cycles. */
final class UnitsCsv {
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final List<String> REQUIRED = List.of("ma_don_vi", "ten_don_vi", "loai", "ma_cap_tren", "hieu_luc_tu", "hieu_luc_den");

    private UnitsCsv() {
    }

    static UnitTree read(Path file, Problems problems) {
        String name = file.getFileName().toString();
        List<UnitVersion> versions = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                     .setIgnoreEmptyLines(true).setTrim(true).get().parse(reader)) {
            Map<String, String> columns = new HashMap<>();
            csv.getHeaderNames().forEach(h -> columns.put(Fold.fold(h.replace("\uFEFF", "")), h));
            for (String required : REQUIRED) {
                if (!columns.containsKey(Fold.fold(required))) {
                    problems.add(name, "thiếu cột " + required);
                }
            }
            if (!problems.isEmpty()) {
                return new UnitTree(List.of());
            }
            for (CSVRecord record : csv) {
                String where = name + ", dòng " + (record.getRecordNumber() + 1);
                UnitVersion v = row(record, columns, where, problems);
                if (v != null) {
                    versions.add(v);
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(name, "không đọc được tệp: " + e.getMessage());
            return new UnitTree(List.of());
        }
        UnitTree tree = new UnitTree(versions);
        checkTree(tree, name, problems);
        return tree;
    }

    private static UnitVersion row(CSVRecord record, Map<String, String> columns, String where, Problems problems) {
        String code = cell(record, columns, "ma_don_vi");
        String unitName = Fold.nfc(cell(record, columns, "ten_don_vi"));
        String kind = Fold.nfc(cell(record, columns, "loai"));
        String parent = blankToNull(cell(record, columns, "ma_cap_tren"));
        String successor = blankToNull(cell(record, columns, "ma_ke_thua"));
        int before = problems.items().size();
        if (!CODE.matcher(code).matches()) {
            problems.add(where, "mã đơn vị '" + code + "' không hợp lệ (chỉ chữ, số, '.', '_' và '-')");
        }
        if (unitName.isBlank()) {
            problems.add(where, "thiếu ten_don_vi");
        }
        if (kind.isBlank()) {
            problems.add(where, "thiếu loai");
        }
        LocalDate from = date(record, columns, "hieu_luc_tu", where, problems, true);
        LocalDate to = date(record, columns, "hieu_luc_den", where, problems, false);
        if (from != null && to != null && !from.isBefore(to)) {
            problems.add(where, "hieu_luc_den " + to + " phải sau hieu_luc_tu " + from);
        }
        if (successor != null && to == null) {
            problems.add(where, "ma_ke_thua chỉ ghi ở dòng có hieu_luc_den (đơn vị đã sáp nhập hoặc giải thể)");
        }
        if (problems.items().size() > before) {
            return null;
        }
        return new UnitVersion(code, unitName, kind, parent, from, to, successor,
                blankToNull(Fold.nfc(cell(record, columns, "ghi_chu"))));
    }

    private static void checkTree(UnitTree tree, String name, Problems problems) {
        Map<String, String> spellingByFolded = new HashMap<>();
        for (String code : tree.codes()) {
            String other = spellingByFolded.putIfAbsent(Fold.fold(code), code);
            if (other != null) {
                problems.add(name, "mã '" + code + "' và '" + other + "' trùng nhau khi bỏ dấu và chữ hoa");
            }
            List<UnitVersion> versions = tree.versions(code);
            for (int i = 1; i < versions.size(); i++) {
                UnitVersion prev = versions.get(i - 1);
                if (prev.to() == null || prev.to().isAfter(versions.get(i).from())) {
                    problems.add(name, "đơn vị " + code + ": khoảng hiệu lực từ " + prev.from()
                            + " chồng lên khoảng từ " + versions.get(i).from());
                }
            }
        }
        for (UnitVersion v : tree.allVersions()) {
            if (v.parentCode() != null) {
                checkParentCovers(tree, v, name, problems);
            }
            if (v.successor() != null && tree.versions(v.successor()).isEmpty()) {
                problems.add(name, "đơn vị " + v.code() + ": đơn vị kế thừa " + v.successor() + " không có trong danh mục");
            }
            Optional<String> cycle = cycleFrom(tree, v.code(), v.from());
            cycle.ifPresent(path -> problems.add(name, "cây đơn vị có vòng lặp ngày " + v.from() + ": " + path));
        }
    }

    private static void checkParentCovers(UnitTree tree, UnitVersion child, String name, Problems problems) {
        if (tree.versions(child.parentCode()).isEmpty()) {
            problems.add(name, "đơn vị " + child.code() + ": đơn vị cấp trên " + child.parentCode() + " không có trong danh mục");
            return;
        }
        LocalDate cursor = child.from();
        while (child.to() == null || cursor.isBefore(child.to())) {
            Optional<UnitVersion> parent = tree.versionOn(child.parentCode(), cursor);
            if (parent.isEmpty()) {
                problems.add(name, "đơn vị " + child.code() + ": đơn vị cấp trên " + child.parentCode()
                        + " không còn hiệu lực ngày " + cursor);
                return;
            }
            if (parent.get().to() == null) {
                return;
            }
            cursor = parent.get().to();
        }
    }

    private static Optional<String> cycleFrom(UnitTree tree, String code, LocalDate date) {
        Set<String> seen = new HashSet<>();
        List<String> path = new ArrayList<>();
        String current = code;
        while (current != null) {
            path.add(current);
            if (!seen.add(current)) {
                return current.equals(code) ? Optional.of(String.join(" → ", path)) : Optional.empty();
            }
            current = tree.versionOn(current, date).map(UnitVersion::parentCode).orElse(null);
        }
        return Optional.empty();
    }

    private static LocalDate date(CSVRecord record, Map<String, String> columns, String column, String where,
                                  Problems problems, boolean required) {
        String text = cell(record, columns, column);
        if (text.isBlank()) {
            if (required) {
                problems.add(where, "thiếu " + column);
            }
            return null;
        }
        Optional<LocalDate> parsed = DateText.parse(text);
        if (parsed.isEmpty()) {
            problems.add(where, column + " '" + text + "' không phải ngày (yyyy-MM-dd)");
        }
        return parsed.orElse(null);
    }

    private static String cell(CSVRecord record, Map<String, String> columns, String column) {
        String header = columns.get(Fold.fold(column));
        return header == null || !record.isSet(header) ? "" : record.get(header).strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}

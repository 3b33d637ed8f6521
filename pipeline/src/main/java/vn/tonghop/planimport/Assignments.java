package vn.tonghop.planimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who a task is given to, as the text names them: lead units ("X chủ trì", "Chủ trì: X", "giao X thực
 * hiện"), coordinating units ("phối hợp với Y", "Phối hợp: Y"), or else the subject that opens an item
 * ("2. Phòng Giáo dục và Đào tạo hướng dẫn ..."). Names are cut out of the
 * text as printed; a phrase naming a group ("Các đảng bộ, chi bộ cơ sở", "Hiệu trưởng các trường ...")
 * is an addressee, not a unit, and says which kinds of unit carry the task.
 */
final class Assignments {
    /** Words a unit's name starts with (folded). */
    private static final List<String> HEADS = List.of("ban giám hiệu", "ban thường vụ", "ban chấp hành", "ban", "đảng ủy",
            "đảng uỷ", "đảng bộ", "chi bộ", "chi ủy", "chi uỷ", "cấp ủy", "cấp uỷ", "phòng", "sở", "văn phòng", "công đoàn",
            "đoàn thanh niên", "đoàn", "hội đồng", "hội", "ủy ban", "uỷ ban", "ubnd", "trường", "trung tâm", "mặt trận", "tổ",
            "khối", "bộ phận", "hiệu trưởng", "thủ trưởng", "thường trực", "thường vụ", "bí thư", "liên đoàn", "viện", "cục",
            "chi cục", "thành đoàn", "quận ủy", "huyện ủy", "thành ủy", "tỉnh ủy", "quận uỷ", "huyện uỷ", "thành uỷ", "tỉnh uỷ",
            "bộ", "thanh tra", "lãnh đạo", "giám đốc", "chủ tịch", "các", "mỗi", "từng", "nhà");
    /** Heads of a phrase naming people in charge of a group ("Hiệu trưởng các trường ..."). */
    private static final List<String> GROUP_HEADS = List.of("hiệu trưởng", "thủ trưởng", "lãnh đạo", "bí thư", "cấp ủy",
            "cấp uỷ", "chi ủy", "chi uỷ", "ban giám hiệu", "giám đốc", "người đứng đầu", "ban chấp hành", "ban thường vụ",
            "thường trực");
    /** Lower-case words that end a unit's name: what follows is what the unit does. */
    private static final List<String> STOPS = List.of("chủ trì", "phối hợp", "xây dựng", "tổ chức", "triển khai", "thực hiện",
            "hướng dẫn", "tham mưu", "rà soát", "báo cáo", "trình", "theo dõi", "kiểm tra", "tổng hợp", "đề xuất",
            "ban hành", "tuyên truyền", "quán triệt", "chỉ đạo", "lãnh đạo", "nhằm", "theo", "căn cứ", "có trách nhiệm",
            "chịu trách nhiệm", "chủ động", "thời gian", "hoàn thành", "trước", "trong", "tại", "về", "định kỳ",
            "thường xuyên", "tiếp tục", "tăng cường", "đẩy mạnh", "cụ thể hóa", "cụ thể hoá", "phát động", "giới thiệu",
            "kết hợp", "tập trung", "đảm bảo", "bảo đảm", "phân công", "giám sát", "đánh giá", "sơ kết", "tổng kết",
            "đăng ký", "cập nhật", "phát huy", "gửi", "nộp", "để", "có", "là", "phải", "cần", "được", "sẽ", "đang", "đã",
            "quan tâm", "nghiên cứu", "vận động", "cung cấp", "bố trí", "điều chỉnh", "sửa đổi", "bồi dưỡng", "tập huấn",
            "khen thưởng", "xử lý", "giải quyết", "phản ánh", "thông tin", "làm", "đi", "dẫn", "phổ biến", "thông báo",
            "cùng", "chịu", "giúp", "góp ý", "thành lập", "tiếp nhận", "họp", "chuẩn bị", "ứng dụng", "khi", "nắm",
            "nâng cao", "đôn đốc", "xác định", "lựa chọn", "bình chọn", "biểu dương", "duy trì");
    private static final Set<String> CUTS = Set.of(",", ";", ".", ":", "(", ")", "[", "]", "/", "\"", "“", "”");

    record Found(List<String> lead, List<String> coordinate, List<String> addressees, String how) {
        static final Found NONE = new Found(List.of(), List.of(), List.of(), "");

        boolean isEmpty() {
            return lead.isEmpty() && coordinate.isEmpty() && addressees.isEmpty();
        }
    }

    private final UnitNames units;

    Assignments(UnitNames units) {
        this.units = units;
    }

    /** "chủ trì", "phối hợp", "giao ... thực hiện" anywhere in the text. */
    Found explicit(String text) {
        Tokens t = new Tokens(text);
        List<String> lead = new ArrayList<>();
        List<String> coordinate = new ArrayList<>();
        List<String> addressees = new ArrayList<>();
        boolean any = false;
        for (int i = 0; i < t.size(); i++) {
            if (t.exactAt(i, "chủ trì")) {
                any = true;
                int after = i + 2;
                if (after < t.size() && t.get(after).original().equals(":")) {
                    collect(parseList(t, after + 1, false), lead, addressees);
                } else {
                    int start = clauseStart(t, i);
                    List<String> before = parseList(t, start, false).items();
                    collect(withUnitHead(before), lead, addressees);
                }
            } else if (t.exactAt(i, "phối hợp")) {
                int after = i + 2;
                if (after < t.size() && t.get(after).original().equals(":")) {
                    any = true;
                    collect(parseList(t, after + 1, false), coordinate, addressees);
                } else if (after < t.size() && (t.exactAt(after, "với") || t.exactAt(after, "cùng"))) {
                    any = true;
                    collect(parseList(t, after + 1, false), coordinate, addressees);
                }
            }
        }
        if (!any) {
            for (int i = 0; i < t.size(); i++) {
                if (t.exactAt(i, "giao") && (i == 0 || !t.get(i - 1).isWord() || !t.get(i).isCapitalised())) {
                    int from = i + 1 < t.size() && t.exactAt(i + 1, "cho") ? i + 2 : i + 1;
                    if (from < t.size() && t.get(from).isCapitalised() && headAt(t, from) > 0) {
                        ListResult r = parseList(t, from, true);
                        if (r.endedAtStop()) {
                            any = true;
                            collect(r, lead, addressees);
                        }
                    }
                }
            }
        }
        return any ? new Found(dedupe(lead), dedupe(coordinate), dedupe(addressees), "explicit") : Found.NONE;
    }

    /** The subject that opens an item, if it names units or a group of units (it starts with a unit's head word). */
    Found subject(String text) {
        Tokens t = new Tokens(text);
        boolean known = t.size() > 0 && units.knownNameAt(foldedWords(t), 0) > 0;
        if (t.size() == 0 || !t.get(0).isCapitalised() || !known && (headAt(t, 0) == 0 || t.phraseAt(0, STOPS) > 0)) {
            return Found.NONE; // "Tổ chức tập huấn ..." starts with a verb, not with the unit "Tổ ..."
        }
        ListResult r = parseList(t, 0, true);
        if (!r.endedAtStop() || r.end() > 30 || r.items().isEmpty()) {
            return Found.NONE;
        }
        List<String> lead = new ArrayList<>();
        List<String> addressees = new ArrayList<>();
        collect(r, lead, addressees);
        return new Found(dedupe(lead), List.of(), dedupe(addressees), "subject");
    }

    private record ListResult(List<String> items, int end, boolean endedAtStop, int groupFrom) {
    }

    private void collect(ListResult r, List<String> names, List<String> addressees) {
        collect(r.items(), r.groupFrom(), names, addressees);
    }

    private void collect(List<String> items, List<String> names, List<String> addressees) {
        int group = items.size();
        for (int i = 0; i < items.size(); i++) {
            if (isGroup(items.get(i))) {
                group = i;
                break;
            }
        }
        collect(items, group, names, addressees);
    }

    private static void collect(List<String> items, int groupFrom, List<String> names, List<String> addressees) {
        for (int i = 0; i < Math.min(groupFrom, items.size()); i++) {
            names.add(items.get(i));
        }
        if (groupFrom < items.size()) {
            addressees.add(String.join(", ", items.subList(groupFrom, items.size())));
        }
    }

    /** Items that look like unit names: from the first one that starts with a unit's head word. */
    private List<String> withUnitHead(List<String> items) {
        for (int i = 0; i < items.size(); i++) {
            Tokens t = new Tokens(items.get(i));
            if (t.size() > 0 && (headAt(t, 0) > 0 || units.knownNameAt(foldedWords(t), 0) > 0)) {
                return items.subList(i, items.size());
            }
        }
        return List.of();
    }

    /**
     * Names separated by ',' or "và" (before a unit's head word), from token {@code from} until a
     * lower-case verb or a mark that ends the list (';' ends a clause, so it ends the list too). A known unit's name is taken whole, even where it
     * holds a word that would otherwise end the list ("Trung tâm Kỹ thuật tổng hợp").
     */
    private ListResult parseList(Tokens t, int from, boolean requireHead) {
        List<String> items = new ArrayList<>();
        List<String> words = foldedWords(t);
        int groupFrom = Integer.MAX_VALUE;
        int i = from;
        boolean stopped = false;
        while (i < t.size()) {
            int start = i;
            if (requireHead && items.isEmpty() && headAt(t, i) == 0 && units.knownNameAt(words, i) == 0) {
                return new ListResult(List.of(), from, false, 0);
            }
            i += units.knownNameAt(words, i);
            // after "các", "những", "mỗi", "từng" comes a noun: "các tổ chức" is organisations, not "organise"
            int firstFree = i == start && (t.exactAt(i, "các") || t.exactAt(i, "những") || t.exactAt(i, "mỗi") || t.exactAt(i, "từng"))
                    ? start + 2 : start + 1;
            while (i < t.size()) {
                Tokens.Token tok = t.get(i);
                if (CUTS.contains(tok.original())) {
                    break;
                }
                if (tok.isWord() && tok.isLowerCase() && i >= firstFree && t.phraseAt(i, STOPS) > 0) {
                    break;
                }
                if (t.exactAt(i, "và") && i > start && i + 1 < t.size()
                        && (headAt(t, i + 1) > 0 && t.get(i + 1).isCapitalised() || t.exactAt(i + 1, "các"))) {
                    break;
                }
                i++;
            }
            String item = t.slice(start, i).strip();
            if (!item.isEmpty()) {
                if (groupFrom == Integer.MAX_VALUE && isGroup(item)) {
                    groupFrom = items.size();
                }
                items.add(item);
            }
            if (i >= t.size()) {
                break;
            }
            String at = t.get(i).original();
            if (at.equals(",") && i + 1 < t.size() && !(t.get(i + 1).isLowerCase() && t.phraseAt(i + 1, STOPS) > 0)
                    && !CUTS.contains(t.get(i + 1).original())) {
                i++;
                continue;
            }
            if (t.exactAt(i, "và") && i > start) {
                i++;
                continue;
            }
            stopped = true;
            break;
        }
        return new ListResult(items, i, stopped, groupFrom == Integer.MAX_VALUE ? items.size() : groupFrom);
    }

    /** Where the clause holding token {@code i} starts: after the last '.', ';', ':' or '(' or after "giao (cho)". */
    private static int clauseStart(Tokens t, int i) {
        int start = 0;
        for (int k = i - 1; k >= 0; k--) {
            String o = t.get(k).original();
            if (o.equals(".") || o.equals(";") || o.equals(":") || o.equals("(") || o.equals("-") && k == 0) {
                start = k + 1;
                break;
            }
            if (t.exactAt(k, "giao") || t.exactAt(k, "nghị") || t.exactAt(k, "cầu")) {
                start = k + 1 < i && t.exactAt(k + 1, "cho") ? k + 2 : k + 1;
                break;
            }
        }
        return start;
    }

    private static int headAt(Tokens t, int i) {
        return t.phraseAt(i, HEADS);
    }

    /** "Các ...", "mỗi/từng ...", "Hiệu trưởng các ...": a phrase naming a group of units, not one unit. */
    static boolean isGroup(String item) {
        Tokens t = new Tokens(item);
        if (t.size() == 0) {
            return false;
        }
        if (t.exactAt(0, "các") || t.exactAt(0, "mỗi") || t.exactAt(0, "từng") || t.exactAt(0, "những")) {
            return true;
        }
        int head = t.phraseAt(0, GROUP_HEADS);
        return head > 0 && head < t.size() && (t.exactAt(head, "các") || t.exactAt(head, "của") || t.exactAt(head, "mỗi")
                || t.exactAt(head, "từng"));
    }

    private static List<String> foldedWords(Tokens t) {
        List<String> words = new ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) {
            words.add(t.get(i).folded());
        }
        return words;
    }

    private static List<String> dedupe(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            String clean = n.replaceAll("^[-–+•\\s]+|[\\s,;.:]+$", "");
            if (!clean.isEmpty() && out.stream().noneMatch(o -> Folded.words(o).equals(Folded.words(clean)))) {
                out.add(clean);
            }
        }
        return out;
    }
}

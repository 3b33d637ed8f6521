package vn.tonghop.planimport;

import java.util.ArrayList;
import java.util.List;

/**
 * The unit kinds a group phrase names, written the Vietnamese way with the shared words said once:
 * "Các đảng bộ, chi bộ cơ sở" (đảng bộ cơ sở, chi bộ cơ sở), "Hiệu trưởng các trường mầm non, tiểu
 * học, trung học cơ sở" (trường mầm non, trường tiểu học, trường trung học cơ sở). A word that only
 * starts kinds ("các trường") names all of them, approximately.
 */
final class GroupKinds {
    record Result(List<String> kinds, boolean approximate, List<String> unknown) {
    }

    private GroupKinds() {
    }

    static Result of(String phrase, UnitNames units) {
        Tokens t = new Tokens(phrase);
        int start = 0;
        for (int i = 0; i < Math.min(t.size(), 5); i++) {
            if (t.exactAt(i, "các") || t.exactAt(i, "mỗi") || t.exactAt(i, "từng") || t.exactAt(i, "những")) {
                start = i + 1;
                break;
            }
        }
        String list = t.slice(start, t.size());
        List<String> items = new ArrayList<>();
        for (String part : list.split(",|;|\\s+và\\s+|\\s+hoặc\\s+")) {
            String item = part.strip().replaceAll("^(các|những)\\s+", "").replaceAll("[.]$", "");
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        List<String> kinds = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        boolean approximate = false;
        if (items.isEmpty()) {
            return new Result(kinds, false, unknown);
        }
        List<String> firstWords = Folded.wordList(items.get(0));
        List<String> lastWords = Folded.wordList(items.get(items.size() - 1));
        for (String item : items) {
            String kind = units.kind(item);
            for (int n = 1; kind == null && n <= Math.min(2, firstWords.size() - 1); n++) {
                kind = units.kind(String.join(" ", firstWords.subList(0, n)) + " " + Folded.words(item));
            }
            for (int n = 1; kind == null && n < lastWords.size(); n++) {
                kind = units.kind(Folded.words(item) + " " + String.join(" ", lastWords.subList(n, lastWords.size())));
            }
            List<String> found = kind == null ? units.kindsStartingWith(item) : List.of(kind);
            if (kind == null && !found.isEmpty()) {
                approximate = true;
            }
            if (found.isEmpty()) {
                unknown.add(item);
            }
            found.stream().filter(k -> !kinds.contains(k)).forEach(kinds::add);
        }
        return new Result(kinds, approximate, unknown);
    }
}

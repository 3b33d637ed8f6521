package vn.tonghop.planimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.tonghop.catalog.UnitTree;
import vn.tonghop.catalog.UnitVersion;

/**
 * Unit names as a plan prints them, matched against units.csv without regard to case or diacritics
 * (every name a unit ever had counts). A name matches {@code EXACT}ly, or {@code CLOSE}ly when it is the
 * start of exactly one unit's name ("Công đoàn giáo dục thành phố" for "Công đoàn Giáo dục Thành phố Hồ
 * Chí Minh") or a unit's name followed by " - " and its parent ("Phòng Chính trị tư tưởng - Sở ..."),
 * or would be one of those without one word the unit's name lacks ("Công đoàn ngành giáo dục thành phố").
 * Kinds of units ("loai") are matched the same way, for phrases such as "các đảng bộ, chi bộ cơ sở".
 */
final class UnitNames {
    enum Status { EXACT, CLOSE, AMBIGUOUS, UNKNOWN }

    record Resolution(String name, Status status, String code, String unitName, List<String> candidates) {
        boolean resolved() {
            return status == Status.EXACT || status == Status.CLOSE;
        }
    }

    private record Named(List<String> words, String code, String name) {
    }

    private final List<Named> names = new ArrayList<>();
    private final Map<String, String> kindByWords = new LinkedHashMap<>();

    UnitNames(UnitTree units) {
        Set<String> seen = new LinkedHashSet<>();
        for (UnitVersion v : units.allVersions()) {
            if (seen.add(v.code() + "|" + Folded.words(v.name()))) {
                names.add(new Named(Folded.wordList(v.name()), v.code(), v.name()));
            }
            kindByWords.putIfAbsent(Folded.words(v.kind()), v.kind());
        }
    }

    Resolution resolve(String name) {
        List<String> words = Folded.wordList(name);
        if (words.isEmpty()) {
            return new Resolution(name, Status.UNKNOWN, null, null, List.of());
        }
        Set<String> exact = new TreeSet<>();
        Map<String, String> close = new LinkedHashMap<>();
        for (Named n : names) {
            if (n.words.equals(words)) {
                exact.add(n.code);
            } else if (words.size() >= 2 && Folded.startsWithWords(n.words, words)
                    || Folded.startsWithWords(words, n.words) && words.size() > n.words.size()
                    && List.of("-", "thuoc", "cua").contains(words.get(n.words.size()))) {
                close.putIfAbsent(n.code, n.name);
            }
        }
        if (exact.size() == 1) {
            String code = exact.iterator().next();
            return new Resolution(name, Status.EXACT, code, nameOf(code), List.of());
        }
        if (exact.size() > 1) {
            return new Resolution(name, Status.AMBIGUOUS, null, null, List.copyOf(exact));
        }
        if (close.isEmpty() && words.size() >= 4) {
            // one word the unit's name does not have ("Công đoàn ngành giáo dục thành phố")
            for (int skip = 1; skip < words.size(); skip++) {
                List<String> fewer = new ArrayList<>(words);
                fewer.remove(skip);
                for (Named n : names) {
                    if (Folded.startsWithWords(n.words, fewer)) {
                        close.putIfAbsent(n.code, n.name);
                    }
                }
            }
        }
        if (close.size() == 1) {
            Map.Entry<String, String> only = close.entrySet().iterator().next();
            return new Resolution(name, Status.CLOSE, only.getKey(), only.getValue(), List.of());
        }
        return new Resolution(name, close.isEmpty() ? Status.UNKNOWN : Status.AMBIGUOUS, null, null, List.copyOf(close.keySet()));
    }

    private String nameOf(String code) {
        String last = null;
        for (Named n : names) {
            if (n.code.equals(code)) {
                last = n.name;
            }
        }
        return last;
    }

    /** The number of words of the longest unit name that {@code words} starts with at {@code from}, or 0. */
    int knownNameAt(List<String> words, int from) {
        int best = 0;
        List<String> rest = words.subList(from, words.size());
        for (Named n : names) {
            if (n.words.size() > best && Folded.startsWithWords(rest, n.words)) {
                best = n.words.size();
            }
        }
        return best;
    }

    /** The unit kind spelled as in units.csv, if {@code phrase} folds to one. */
    String kind(String phrase) {
        return kindByWords.get(Folded.words(phrase));
    }

    /** Kinds whose words start with {@code phrase}'s words ("chi bộ" gives chi bộ cơ sở and chi bộ trực thuộc). */
    List<String> kindsStartingWith(String phrase) {
        List<String> words = Folded.wordList(phrase);
        List<String> out = new ArrayList<>();
        kindByWords.forEach((k, v) -> {
            if (Folded.startsWithWords(List.of(k.split(" ")), words)) {
                out.add(v);
            }
        });
        return out;
    }
}

package vn.tonghop.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.tonghop.vi.Fold;

/**
 * The unit forest over time. {@link #isValid} is the one answer to "is unit U valid on date D",
 * shared by ingest and aggregation.
 */
public final class UnitTree {
    private final Map<String, List<UnitVersion>> versionsByCode;
    private final Map<String, String> codeByFolded;
    /** Parent to children on a date, built once per date asked: pages ask it for every unit. */
    private final Map<LocalDate, Map<String, List<String>>> childrenByDate = new java.util.concurrent.ConcurrentHashMap<>();

    UnitTree(Collection<UnitVersion> versions) {
        Map<String, List<UnitVersion>> byCode = new LinkedHashMap<>();
        for (UnitVersion v : versions) {
            byCode.computeIfAbsent(v.code(), k -> new ArrayList<>()).add(v);
        }
        byCode.values().forEach(list -> list.sort(Comparator.comparing(UnitVersion::from)));
        this.versionsByCode = byCode;
        Map<String, String> folded = new LinkedHashMap<>();
        byCode.keySet().forEach(code -> folded.putIfAbsent(Fold.fold(code), code));
        this.codeByFolded = folded;
    }

    /** The catalog's spelling of a unit code typed in any case or with diacritics. */
    public Optional<String> canonicalCode(String typed) {
        return Optional.ofNullable(codeByFolded.get(Fold.fold(typed)));
    }

    public boolean isValid(String code, LocalDate date) {
        return versionOn(code, date).isPresent();
    }

    public Optional<UnitVersion> versionOn(String code, LocalDate date) {
        return versions(code).stream().filter(v -> v.validOn(date)).findFirst();
    }

    public List<UnitVersion> versions(String code) {
        return versionsByCode.getOrDefault(code, List.of());
    }

    public Optional<UnitVersion> latest(String code) {
        List<UnitVersion> versions = versions(code);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public Set<String> codes() {
        return versionsByCode.keySet();
    }

    public List<UnitVersion> allVersions() {
        return versionsByCode.values().stream().flatMap(List::stream).toList();
    }

    /** Units whose parent was {@code parent} on {@code date}, in catalog order. */
    public List<String> childrenOn(String parent, LocalDate date) {
        return childrenByDate.computeIfAbsent(date, d -> {
            Map<String, List<String>> children = new java.util.HashMap<>();
            for (String code : versionsByCode.keySet()) {
                versionOn(code, d).map(UnitVersion::parentCode)
                        .ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(code));
            }
            return children;
        }).getOrDefault(parent, List.of());
    }

    /** True when {@code ancestor} is {@code code} itself or above it in the tree as it stood on {@code date}. */
    public boolean isWithin(String code, String ancestor, LocalDate date) {
        String current = code;
        for (int depth = 0; current != null && depth <= versionsByCode.size(); depth++) {
            if (current.equals(ancestor)) {
                return true;
            }
            current = versionOn(current, date).map(UnitVersion::parentCode).orElse(null);
        }
        return false;
    }

    /** Descendants of {@code root} (not root itself) valid on {@code date} whose kind folds into {@code foldedKinds}. */
    public Set<String> descendantsOfKinds(String root, Set<String> foldedKinds, LocalDate date) {
        Set<String> result = new TreeSet<>();
        for (String code : versionsByCode.keySet()) {
            Optional<UnitVersion> v = versionOn(code, date);
            if (v.isPresent() && !code.equals(root) && foldedKinds.contains(Fold.fold(v.get().kind()))
                    && isWithin(code, root, date)) {
                result.add(code);
            }
        }
        return result;
    }
}

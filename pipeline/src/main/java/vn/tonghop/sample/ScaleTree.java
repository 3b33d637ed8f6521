package vn.tonghop.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.tonghop.vi.ViFormat;

/**
 * A party unit tree of a given size and depth: a provincial committee, district committees,
 * grassroots organisations (party committees with branches below, or cells that are leaves), sections
 * and branches, with the same fan-out at every level so that leaves are most units. About 1% of the
 * leaves a year are merged into a sibling or dissolved. Deterministic for a seed.
 */
final class ScaleTree {
    static final int MIN_DEPTH = 3;
    static final int MAX_DEPTH = 5;
    static final String GRASSROOTS_COMMITTEE = "đảng bộ cơ sở";
    static final String GRASSROOTS_CELL = "chi bộ cơ sở";
    static final String BRANCH = "chi bộ trực thuộc";
    private static final double CHANGES_PER_YEAR = 0.01;
    private static final double MERGE_SHARE = 0.75;

    /** One level: the kind of its inner nodes and of its leaves, and the share of leaves (1: all, 0: none). */
    private record Level(String innerKind, String leafKind, double leafShare) {
        static final Level ROOT = new Level("tỉnh ủy", null, 0);
        static final Level DISTRICT = new Level("huyện ủy", null, 0);
        static final Level GRASSROOTS = new Level(GRASSROOTS_COMMITTEE, GRASSROOTS_CELL, 0.35);
        static final Level SECTION = new Level("đảng bộ bộ phận", BRANCH, 0.7);
        static final Level BRANCHES = new Level(null, BRANCH, 1);

        static List<Level> of(int depth) {
            return switch (depth) {
                case 3 -> List.of(ROOT, GRASSROOTS, BRANCHES);
                case 4 -> List.of(ROOT, DISTRICT, GRASSROOTS, BRANCHES);
                case 5 -> List.of(ROOT, DISTRICT, GRASSROOTS, SECTION, BRANCHES);
                default -> throw new IllegalArgumentException("độ sâu cây đơn vị phải từ " + MIN_DEPTH + " đến " + MAX_DEPTH
                        + ": " + depth);
            };
        }
    }

    /** A unit as generated; {@code to}, {@code successor} and {@code note} are set when it is merged or dissolved. */
    static final class Unit {
        final String code;
        final String name;
        final String kind;
        final Unit parent;
        final int level;
        final String place;
        int children;
        LocalDate to;
        String successor;
        String note;

        Unit(String code, String name, String kind, Unit parent, int level, String place) {
            this.code = code;
            this.name = name;
            this.kind = kind;
            this.parent = parent;
            this.level = level;
            this.place = place;
        }

        boolean leaf() {
            return children == 0;
        }
    }

    final List<Unit> units = new ArrayList<>();
    final LocalDate founded;
    private final SplittableRandom random;
    private final ScaleNames names;

    private ScaleTree(LocalDate founded, SplittableRandom random) {
        this.founded = founded;
        this.random = random;
        this.names = new ScaleNames(random);
    }

    /** About {@code size} units {@code depth} levels deep, founded on {@code founded}, changed over {@code years}. */
    static ScaleTree generate(int size, int depth, LocalDate founded, int firstYear, int lastYear, long seed) {
        ScaleTree tree = new ScaleTree(founded, new SplittableRandom(seed));
        tree.grow(size, Level.of(depth));
        for (int year = firstYear; year <= lastYear; year++) {
            tree.change(year);
        }
        return tree;
    }

    Unit root() {
        return units.get(0);
    }

    int maxDepth() {
        return units.stream().mapToInt(u -> u.level + 1).max().orElse(0);
    }

    /** Kinds that occur in the tree. */
    Set<String> kinds() {
        Set<String> kinds = new LinkedHashSet<>();
        units.forEach(u -> kinds.add(u.kind));
        return kinds;
    }

    private void grow(int size, List<Level> levels) {
        int[] counts = levelCounts(size, levels);
        Unit root = new Unit("TU", "Tỉnh ủy " + names.province(), Level.ROOT.innerKind(), null, 0, "tỉnh " + names.province());
        units.add(root);
        List<Unit> parents = List.of(root);
        for (int level = 1; level < levels.size() && !parents.isEmpty(); level++) {
            Level here = levels.get(level);
            int[] perParent = spread(counts[level], parents.size());
            int inner = (int) Math.round(counts[level] * (1 - here.leafShare()));
            boolean[] isInner = choose(counts[level], level + 1 < levels.size() ? Math.max(inner, 1) : 0);
            List<Unit> next = new ArrayList<>();
            int at = 0;
            for (int p = 0; p < parents.size(); p++) {
                Unit parent = parents.get(p);
                int innerNo = 0;
                int leafNo = 0;
                for (int c = 0; c < perParent[p]; c++, at++) {
                    boolean innerNode = isInner[at];
                    String kind = innerNode ? here.innerKind() : here.leafKind();
                    int no = innerNode ? ++innerNo : ++leafNo;
                    Unit unit = unit(parent, level, kind, innerNode, no, levels.size());
                    parent.children++;
                    units.add(unit);
                    if (innerNode) {
                        next.add(unit);
                    }
                }
            }
            parents = next;
        }
    }

    private Unit unit(Unit parent, int level, String kind, boolean inner, int no, int depth) {
        String prefix = parent.level == 0 ? "" : parent.code + "-";
        return switch (kind) {
            case "huyện ủy" -> {
                ScaleNames.Named n = names.district();
                yield new Unit(String.format("H%02d", no), n.name(), kind, parent, level, n.place());
            }
            case GRASSROOTS_COMMITTEE -> {
                ScaleNames.Named n = names.grassrootsCommittee();
                yield new Unit(prefix + String.format("DB%03d", no), n.name(), kind, parent, level, n.place());
            }
            case GRASSROOTS_CELL -> new Unit(prefix + String.format("CB%03d", no), names.grassrootsCell(parent.place), kind, parent,
                    level, parent.place);
            case "đảng bộ bộ phận" -> {
                ScaleNames.Named n = names.section(no, parent.place);
                yield new Unit(prefix + String.format("BP%02d", no), n.name(), kind, parent, level, n.place());
            }
            default -> new Unit(prefix + String.format("CB%02d", no), names.branch(no, parent.place), kind, parent, level,
                    parent.place);
        };
    }

    /**
     * Units per level: the same fan-out {@code f} below every inner node, found so that the levels add up to
     * {@code size}; the last level takes what rounding leaves.
     */
    private static int[] levelCounts(int size, List<Level> levels) {
        double low = 1;
        double high = size;
        for (int i = 0; i < 100; i++) {
            double f = (low + high) / 2;
            if (total(f, levels) < size) {
                low = f;
            } else {
                high = f;
            }
        }
        int[] counts = new int[levels.size()];
        double c = 1;
        int sum = 0;
        for (int level = 0; level < levels.size(); level++) {
            counts[level] = Math.max(1, (int) Math.round(c));
            sum += counts[level];
            c = c * (1 - levels.get(level).leafShare()) * low;
        }
        counts[levels.size() - 1] += size - sum;
        return counts;
    }

    private static double total(double fanOut, List<Level> levels) {
        double c = 1;
        double sum = 0;
        for (Level level : levels) {
            sum += c;
            c = c * (1 - level.leafShare()) * fanOut;
        }
        return sum;
    }

    /** {@code count} children over {@code parents}: one each while they last, the rest by random weights. */
    private int[] spread(int count, int parents) {
        int[] out = new int[parents];
        int base = count >= parents ? 1 : 0;
        double[] weights = new double[parents];
        double sum = 0;
        for (int i = 0; i < parents; i++) {
            out[i] = base;
            weights[i] = Math.exp(0.5 * random.nextGaussian());
            sum += weights[i];
        }
        int rest = count - base * parents;
        int given = 0;
        for (int i = 0; i < parents; i++) {
            int share = (int) Math.floor(rest * weights[i] / sum);
            out[i] += share;
            given += share;
        }
        for (int i = 0; given < rest; i = (i + 1) % parents, given++) {
            out[i]++;
        }
        return out;
    }

    /** Exactly {@code chosen} of {@code count} positions, at random. */
    private boolean[] choose(int count, int chosen) {
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        boolean[] out = new boolean[count];
        for (int i = 0; i < Math.min(chosen, count); i++) {
            int j = i + random.nextInt(count - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
            out[order[i]] = true;
        }
        return out;
    }

    /** About 1% of the leaves still valid at the start of {@code year}: merged into a sibling leaf, or dissolved. */
    private void change(int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        List<Unit> leaves = units.stream().filter(u -> u.leaf() && u.parent != null && (u.to == null)).toList();
        int count = (int) Math.round(leaves.size() * CHANGES_PER_YEAR);
        boolean[] picked = choose(leaves.size(), count);
        Set<Unit> changing = new LinkedHashSet<>();
        for (int i = 0; i < leaves.size(); i++) {
            if (picked[i]) {
                changing.add(leaves.get(i));
            }
        }
        for (Unit unit : changing) {
            LocalDate date = start.withMonth(1 + random.nextInt(12));
            String decision = "theo Quyết định số " + (100 + random.nextInt(900)) + "-QĐ/TU";
            List<Unit> siblings = leaves.stream()
                    .filter(s -> s.parent == unit.parent && s.kind.equals(unit.kind) && !changing.contains(s)).toList();
            unit.to = date;
            if (!siblings.isEmpty() && random.nextDouble() < MERGE_SHARE) {
                Unit into = siblings.get(random.nextInt(siblings.size()));
                unit.successor = into.code;
                unit.note = "Sáp nhập vào " + into.name + " từ " + ViFormat.date(date) + " " + decision;
            } else {
                unit.note = "Giải thể từ " + ViFormat.date(date) + " " + decision;
            }
        }
    }

    /** units.csv in the catalog's format (UTF-8, LF, header row). */
    void writeCsv(Path file) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVPrinter csv = new CSVPrinter(out, format)) {
            csv.printRecord("ma_don_vi", "ten_don_vi", "loai", "ma_cap_tren", "hieu_luc_tu", "hieu_luc_den", "ma_ke_thua", "ghi_chu");
            for (Unit u : units) {
                csv.printRecord(u.code, u.name, u.kind, u.parent == null ? "" : u.parent.code, founded,
                        u.to == null ? "" : u.to, u.successor == null ? "" : u.successor, u.note == null ? "" : u.note);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Không ghi được " + file, e);
        }
    }
}

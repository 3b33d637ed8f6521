package vn.tonghop.aggregate;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.tonghop.catalog.CalendarEntry;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.Period;
import vn.tonghop.catalog.PeriodType;
import vn.tonghop.catalog.Plan;
import vn.tonghop.catalog.Task;
import vn.tonghop.catalog.UnitVersion;
import vn.tonghop.vi.Fold;

/**
 * The catalog as small DataFrames: the edge where catalog records become Spark input. Everything
 * here is catalog-sized (units, periods, tasks, indicators), never report-sized.
 */
public record CatalogFrames(Dataset<Row> units, Dataset<Row> periods, Dataset<Row> ruleKinds, Dataset<Row> tasks,
                            Dataset<Row> taskGroups, Dataset<Row> indicators, Dataset<Row> planIndicators) {

    public static CatalogFrames of(SparkSession spark, Catalog catalog, LocalDate asOf) {
        return new CatalogFrames(units(spark, catalog), periods(spark, catalog, asOf), ruleKinds(spark, catalog),
                tasks(spark, catalog), taskGroups(spark, catalog), indicators(spark, catalog), planIndicators(spark, catalog));
    }

    private static StructType schema(String... nameAndType) {
        StructType s = new StructType();
        for (String f : nameAndType) {
            String[] p = f.split(":");
            s = s.add(p[0], switch (p[1]) {
                case "string" -> DataTypes.StringType;
                case "date" -> DataTypes.DateType;
                case "int" -> DataTypes.IntegerType;
                case "double" -> DataTypes.DoubleType;
                case "boolean" -> DataTypes.BooleanType;
                case "strings" -> DataTypes.createArrayType(DataTypes.StringType);
                default -> throw new IllegalArgumentException(p[1]);
            }, true);
        }
        return s;
    }

    private static Date sql(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    static Dataset<Row> units(SparkSession spark, Catalog catalog) {
        List<Row> rows = new ArrayList<>();
        for (UnitVersion v : catalog.units().allVersions()) {
            rows.add(RowFactory.create(v.code(), v.name(), Fold.fold(v.kind()), v.parentCode(), sql(v.from()), sql(v.to())));
        }
        return spark.createDataFrame(rows, schema("ma_don_vi:string", "ten_don_vi:string", "loai_chuan:string",
                "ma_cap_tren:string", "hieu_luc_tu:date", "hieu_luc_den:date"));
    }

    /** The periods considered as of {@code asOf}: in the calendar and validity, ended or due by then. */
    static Dataset<Row> periods(SparkSession spark, Catalog catalog, LocalDate asOf) {
        List<Row> rows = new ArrayList<>();
        for (Plan plan : catalog.plans()) {
            boolean bothHalves = plan.calendar().entry(PeriodType.H1).isPresent() && plan.calendar().entry(PeriodType.H2).isPresent();
            boolean deriveYears = bothHalves && plan.calendar().entry(PeriodType.YEAR).isEmpty();
            java.util.Map<String, Row> considered = new java.util.HashMap<>();
            for (CalendarEntry entry : plan.calendar().entries()) {
                for (int year = plan.validFrom().getYear(); year <= asOf.getYear(); year++) {
                    for (Period p : Period.inYear(entry.type(), year)) {
                        if (!catalog.periodInPlan(plan, p)) {
                            continue;
                        }
                        LocalDate due = catalog.dueDate(plan, p);
                        if (p.end().isAfter(asOf) && due.isAfter(asOf)) {
                            continue;
                        }
                        Row row = RowFactory.create(plan.code(), plan.slug(), p.code(), p.year(), p.type().name(),
                                sql(p.start()), sql(p.end()), sql(due), sql(catalog.cutOff(plan, p)),
                                plan.reporters().subtree(), previous(p, bothHalves).map(Period::code).orElse(null),
                                sameLastYear(p).map(Period::code).orElse(null), null, null);
                        rows.add(row);
                        considered.put(p.code(), row);
                    }
                }
            }
            if (deriveYears) {
                rows.addAll(derivedYears(considered));
            }
        }
        return spark.createDataFrame(rows, schema("ma_ke_hoach:string", "ke_hoach:string", "ky_bao_cao:string", "nam:int",
                "loai_ky:string", "ngay_bat_dau:date", "ngay_ket_thuc:date", "han_nop:date", "ngay_chot:date",
                "goc_cay:string", "ky_truoc:string", "ky_cung_ky:string", "ky_h1:string", "ky_h2:string"));
    }

    /**
     * Where the calendar has both halves and no year, a year row for indicators only, built from
     * the halves (ky_h1, ky_h2 name them); it takes H2's due date, cut-off and tree.
     */
    private static List<Row> derivedYears(java.util.Map<String, Row> considered) {
        List<Row> out = new ArrayList<>();
        considered.forEach((code, h2) -> {
            if (!code.endsWith("-H2")) {
                return;
            }
            int year = h2.getInt(3);
            String h1Code = year + "-H1";
            if (considered.containsKey(h1Code)) {
                out.add(RowFactory.create(h2.get(0), h2.get(1), Integer.toString(year), year, PeriodType.YEAR.name(),
                        sql(LocalDate.of(year, 1, 1)), sql(LocalDate.of(year, 12, 31)), h2.get(7), h2.get(8), h2.get(9),
                        Integer.toString(year - 1), Integer.toString(year - 1), h1Code, code));
            }
        });
        out.sort(java.util.Comparator.comparing(r -> r.getString(2)));
        return out;
    }

    /** The previous period of the same type; halves only follow each other when the calendar has both. */
    static Optional<Period> previous(Period p, boolean bothHalves) {
        int y = p.year();
        return switch (p.type()) {
            case YEAR -> Optional.of(new Period(y - 1, PeriodType.YEAR, 0));
            case H1 -> bothHalves ? Optional.of(new Period(y - 1, PeriodType.H2, 2)) : Optional.empty();
            case H2 -> bothHalves ? Optional.of(new Period(y, PeriodType.H1, 1)) : Optional.empty();
            case QUARTER -> Optional.of(p.number() == 1 ? new Period(y - 1, PeriodType.QUARTER, 4) : new Period(y, PeriodType.QUARTER, p.number() - 1));
            case MONTH -> Optional.of(p.number() == 1 ? new Period(y - 1, PeriodType.MONTH, 12) : new Period(y, PeriodType.MONTH, p.number() - 1));
            default -> Optional.empty();
        };
    }

    static Optional<Period> sameLastYear(Period p) {
        return p.type() == PeriodType.MID_REVIEW || p.type() == PeriodType.FINAL_REVIEW ? Optional.empty()
                : Optional.of(new Period(p.year() - 1, p.type(), p.number()));
    }

    static Dataset<Row> ruleKinds(SparkSession spark, Catalog catalog) {
        List<Row> rows = new ArrayList<>();
        catalog.plans().forEach(p -> p.reporters().kinds().forEach(k -> rows.add(RowFactory.create(p.code(), Fold.fold(k)))));
        return spark.createDataFrame(rows, schema("ma_ke_hoach:string", "loai_chuan:string")).distinct();
    }

    /** Leaf tasks, with the units designated to report them (lead and coordinating); empty when all report. */
    static Dataset<Row> tasks(SparkSession spark, Catalog catalog) {
        List<Row> rows = new ArrayList<>();
        for (Plan plan : catalog.plans()) {
            plan.allTasks().forEach(t -> {
                List<String> designated = new ArrayList<>(t.lead());
                t.coordinate().stream().filter(c -> !designated.contains(c)).forEach(designated::add);
                rows.add(RowFactory.create(plan.code(), t.code(), t.isLeaf(), t.ongoing(), sql(t.deadline()),
                        scala.jdk.javaapi.CollectionConverters.asScala(designated).toSeq()));
            });
        }
        return spark.createDataFrame(rows, schema("ma_ke_hoach:string", "ma_muc:string", "la_la:boolean", "thuong_xuyen:boolean",
                "han_chot:date", "don_vi_chi_dinh:strings"));
    }

    /** Each leaf task with each group task above it. */
    static Dataset<Row> taskGroups(SparkSession spark, Catalog catalog) {
        List<Row> rows = new ArrayList<>();
        for (Plan plan : catalog.plans()) {
            for (Task top : plan.tasks()) {
                addGroups(plan.code(), top, new ArrayList<>(), rows);
            }
        }
        return spark.createDataFrame(rows, schema("ma_ke_hoach:string", "ma_muc_la:string", "ma_nhom:string"));
    }

    private static void addGroups(String plan, Task task, List<String> above, List<Row> rows) {
        if (task.isLeaf()) {
            above.forEach(g -> rows.add(RowFactory.create(plan, task.code(), g)));
            return;
        }
        above.add(task.code());
        task.children().forEach(c -> addGroups(plan, c, above, rows));
        above.remove(above.size() - 1);
    }

    static Dataset<Row> indicators(SparkSession spark, Catalog catalog) {
        List<Row> rows = new ArrayList<>();
        catalog.movements().forEach(m -> m.indicators().forEach(i -> {
            var t = i.target();
            List<String> kinds = t == null ? List.of() : t.kinds().stream().map(Fold::fold).toList();
            rows.add(RowFactory.create(i.code(), m.code(), i.acrossUnits().name().toLowerCase(java.util.Locale.ROOT),
                    i.overTime().name().toLowerCase(java.util.Locale.ROOT), i.numerator(), i.denominator(),
                    t == null ? null : t.absolute(), t == null ? null : t.perUnit(),
                    scala.jdk.javaapi.CollectionConverters.asScala(kinds).toSeq()));
        }));
        return spark.createDataFrame(rows, schema("ma_chi_tieu:string", "ma_phong_trao:string", "tong_hop:string",
                "theo_thoi_gian:string", "tu_so:string", "mau_so:string", "chi_tieu_tuyet_doi:double",
                "chi_tieu_moi_don_vi:double", "loai_dat:strings"));
    }

    static Dataset<Row> planIndicators(SparkSession spark, Catalog catalog) {
        List<Row> rows = new ArrayList<>();
        catalog.plans().forEach(p -> p.indicatorYears().forEach((code, years) -> years.forEach(
                y -> rows.add(RowFactory.create(p.code(), y, code)))));
        return spark.createDataFrame(rows, schema("ma_ke_hoach:string", "nam:int", "ma_chi_tieu:string"));
    }
}

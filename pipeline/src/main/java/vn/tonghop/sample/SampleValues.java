package vn.tonghop.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.Indicator;
import vn.tonghop.catalog.Period;
import vn.tonghop.catalog.PeriodType;
import vn.tonghop.catalog.Plan;
import vn.tonghop.catalog.Task;
import vn.tonghop.sample.SampleGenerator.Row;
import vn.tonghop.vi.Fold;
import vn.tonghop.vi.ViFormat;

/**
 * Plausible values: task statuses that progress from period to period, indicator figures by unit of
 * measure (a year's figures build on the first half's; a share's numerator stays within its
 * denominator), and Vietnamese notes built from a phrase bank chosen by the task's wording.
 */
final class SampleValues {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final Pattern DOC = Pattern.compile(
            "(?:Nghị quyết|Chỉ thị|Kế hoạch|Hướng dẫn|Công văn|Quyết định|Nghị định|Thông tư|Chương trình hành động) số [0-9][^\\s,;()]*[^\\s,;().]");
    private static final String[] DONE = {"hoàn thành", "Hoàn thành", "HT"};
    private static final String[] NOT_STARTED = {"chưa thực hiện", "Chưa thực hiện", "CTH"};
    private static final String[] ONGOING = {"đang thực hiện", "Đang thực hiện", "ĐTH"};
    private static final String[] MODELS = {"Thư viện xanh", "Góc học tập cho em", "Áo trắng tiếp bước đến trường",
            "Nụ cười học đường", "Phụ huynh đồng hành cùng nhà trường", "Tiết kiệm vì bạn nghèo", "Mỗi tuần một việc tốt",
            "Cổng trường an toàn giao thông", "Đổi rác lấy cây xanh", "Bữa sáng yêu thương"};

    private final Catalog catalog;
    private final SplittableRandom random;
    private final Map<String, String> caps = new TreeMap<>();
    private final Set<String> capped = new TreeSet<>();
    private final Map<String, Map<String, BigDecimal>> firstHalf = new TreeMap<>();
    private final Map<String, Integer> progress = new TreeMap<>();
    private final Map<String, Integer> staff = new TreeMap<>();

    SampleValues(Catalog catalog, SplittableRandom random) {
        this.catalog = catalog;
        this.random = random;
        catalog.movements().stream().flatMap(m -> m.indicators().stream()).filter(Indicator::isComputed)
                .forEach(i -> caps.put(i.numerator(), i.denominator()));
        if (catalog.indicator("DVK-MH-HQ").isPresent() && catalog.indicator("DVK-MH-DK").isPresent()) {
            caps.putIfAbsent("DVK-MH-HQ", "DVK-MH-DK");
        }
        capped.addAll(caps.values());
    }

    /** The rows of one report: tasks first (status and usually a note), then indicators (figures, rarely a note). */
    List<Row> rows(Plan plan, Period period, String unit, String kind, LocalDate submitted, List<Task> tasks,
                   List<Indicator> indicators) {
        Notes notes = new Notes(plan, period, submitted, Voice.of(kind, unit));
        double r = random.nextDouble();
        int style = r < 0.8 ? 0 : r < 0.9 ? 1 : 2;
        List<Row> rows = new ArrayList<>();
        for (Task task : tasks) {
            int p = progress(plan, unit, task, period);
            String note = random.nextDouble() < 0.88 || !task.lead().isEmpty() ? notes.task(task, p) : "";
            rows.add(new Row(unit, plan.code(), period.code(), submitted, task.code(), status(p, style), null, note));
        }
        Map<String, BigDecimal> figures = figures(period, unit, kind, indicators);
        for (Indicator i : indicators) {
            BigDecimal v = figures.get(i.code());
            String note = random.nextDouble() < 0.1 ? notes.indicator() : "";
            rows.add(new Row(unit, plan.code(), period.code(), submitted, i.code(), render(i, v), v, note));
        }
        return rows;
    }

    /** A first submission's slips: one or two figures off by a little (numerators only down, denominators only up). */
    List<Row> withSlips(List<Row> rows) {
        List<Integer> figures = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).number() != null) {
                figures.add(i);
            }
        }
        List<Row> out = new ArrayList<>(rows);
        for (int k = figures.isEmpty() ? 0 : 1 + random.nextInt(2); k > 0; k--) {
            int at = figures.get(random.nextInt(figures.size()));
            Row row = out.get(at);
            Indicator ind = catalog.indicator(row.item()).orElseThrow();
            BigDecimal n = row.number();
            BigDecimal step = ind.valueType() == Indicator.ValueType.INTEGER ? BigDecimal.ONE : new BigDecimal("0.2");
            BigDecimal slipped = caps.containsKey(ind.code()) ? n.subtract(step).max(BigDecimal.ZERO)
                    : capped.contains(ind.code()) || n.signum() == 0 || random.nextBoolean() ? n.add(step) : n.subtract(step);
            out.set(at, row.withValue(render(ind, slipped), slipped));
        }
        return out;
    }

    static String status(int percent, int style) {
        if (percent >= 100) {
            return DONE[style];
        }
        if (percent == 0) {
            return NOT_STARTED[style];
        }
        if (percent < 0) {
            return ONGOING[style];
        }
        return switch (style) {
            case 0 -> "đang thực hiện " + percent + "%";
            case 1 -> "Đang thực hiện (" + percent + "%)";
            default -> "ĐTH " + percent + "%";
        };
    }

    static String render(Indicator indicator, BigDecimal v) {
        return indicator.valueType() == Indicator.ValueType.INTEGER ? ViFormat.integer(v.longValue())
                : v.setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    /** Percent done: -1 for an ongoing task simply "in progress"; a non-ongoing task never goes back. */
    private int progress(Plan plan, String unit, Task task, Period period) {
        double r = random.nextDouble();
        if (task.ongoing()) {
            return r < 0.84 ? -1 : r < 0.94 ? 100 : 5 * (14 + random.nextInt(6));
        }
        String key = plan.slug() + "|" + unit + "|" + task.code();
        Integer before = progress.get(key);
        int now;
        if (before == null) {
            now = task.deadline() != null && !task.deadline().isAfter(period.end())
                    ? (r < 0.85 ? 100 : 5 * (14 + random.nextInt(6)))
                    : r < 0.42 ? 100 : r < 0.93 ? 5 * (4 + random.nextInt(15)) : 0;
        } else if (before >= 100) {
            now = 100;
        } else if (before == 0) {
            now = r < 0.6 ? 5 * (4 + random.nextInt(9)) : 0;
        } else {
            now = r < 0.55 ? 100 : Math.min(95, before + 5 * (2 + random.nextInt(5)));
        }
        progress.put(key, now);
        return now;
    }

    /** Figures of one report; a year (or second half) builds on the same unit's first half of that year. */
    private Map<String, BigDecimal> figures(Period period, String unit, String kind, List<Indicator> list) {
        if (list.isEmpty()) {
            return Map.of();
        }
        String key = unit + "|" + period.year();
        Map<String, BigDecimal> half = firstHalf.get(key);
        if (half == null || !list.stream().allMatch(i -> half.containsKey(i.code()))) {
            Map<String, BigDecimal> drawn = draw(list, unit, kind, null);
            firstHalf.put(key, drawn);
            return builds(period) ? draw(list, unit, kind, drawn) : drawn;
        }
        return builds(period) ? draw(list, unit, kind, half) : half;
    }

    private static boolean builds(Period period) {
        return period.type() != PeriodType.H1 && period.type() != PeriodType.QUARTER && period.type() != PeriodType.MONTH;
    }

    private Map<String, BigDecimal> draw(List<Indicator> list, String unit, String kind, Map<String, BigDecimal> base) {
        Map<String, BigDecimal> out = new TreeMap<>();
        List<Indicator> ordered = new ArrayList<>(list.stream().filter(i -> !caps.containsKey(i.code())).toList());
        ordered.addAll(list.stream().filter(i -> caps.containsKey(i.code())).toList());
        for (Indicator ind : ordered) {
            BigDecimal prev = base == null ? null : base.get(ind.code());
            BigDecimal v = prev == null ? fresh(ind, unit, kind) : later(ind, prev, unit, kind);
            String cap = caps.get(ind.code());
            BigDecimal limit = cap == null ? null : out.get(cap);
            if (limit != null) {
                if (prev == null || ind.overTime() == Indicator.OverTime.LAST) {
                    int gap = random.nextDouble() < 0.7 ? 0 : 1 + random.nextInt(3);
                    v = limit.subtract(BigDecimal.valueOf(gap)).max(BigDecimal.ZERO);
                } else {
                    v = v.min(limit);
                }
            }
            out.put(ind.code(), v);
        }
        return out;
    }

    private BigDecimal fresh(Indicator ind, String unit, String kind) {
        String measure = Fold.fold(ind.unitOfMeasure());
        if (capped.contains(ind.code()) && measure.equals("nguoi")) {
            return BigDecimal.valueOf(staff(unit, kind));
        }
        if (Fold.foldPhrase(ind.name()).contains("vi pham")) {
            return BigDecimal.valueOf(random.nextDouble() < 0.85 ? 0 : 1 + random.nextInt(2));
        }
        switch (ind.valueType()) {
            case DECIMAL -> {
                return BigDecimal.valueOf(70 + random.nextInt(29), 1);
            }
            case PERCENT -> {
                return BigDecimal.valueOf(800 + random.nextInt(201), 1);
            }
            default -> {
                boolean sum = ind.overTime() == Indicator.OverTime.SUM;
                int[] range = switch (measure) {
                    case "mohinh" -> sum ? new int[] {0, 1} : new int[] {1, 4};
                    case "tapthe" -> new int[] {0, 2};
                    case "canhan" -> new int[] {0, 4};
                    case "nguoi" -> new int[] {1, 8};
                    case "buoi" -> new int[] {1, 5};
                    case "don" -> new int[] {0, 6};
                    case "luot" -> new int[] {10, 60};
                    default -> new int[] {0, 10};
                };
                return BigDecimal.valueOf(range[0] + random.nextInt(range[1] - range[0] + 1));
            }
        }
    }

    private BigDecimal later(Indicator ind, BigDecimal prev, String unit, String kind) {
        if (ind.overTime() == Indicator.OverTime.SUM) {
            return prev.add(fresh(ind, unit, kind));
        }
        if (ind.valueType() != Indicator.ValueType.INTEGER) {
            BigDecimal top = ind.valueType() == Indicator.ValueType.DECIMAL ? new BigDecimal("9.8") : new BigDecimal("100.0");
            BigDecimal moved = prev.add(BigDecimal.valueOf(random.nextInt(7) - 3, 1));
            return moved.min(top).max(prev.min(new BigDecimal("7.0")));
        }
        int delta = capped.contains(ind.code()) && Fold.fold(ind.unitOfMeasure()).equals("nguoi")
                ? random.nextInt(6) - 2 : (random.nextDouble() < 0.6 ? 0 : random.nextDouble() < 0.75 ? 1 : -1);
        return prev.add(BigDecimal.valueOf(delta)).max(BigDecimal.ZERO);
    }

    private int staff(String unit, String kind) {
        return staff.computeIfAbsent(unit, u -> {
            String k = Fold.foldPhrase(kind);
            int[] range = k.startsWith("dang bo") ? new int[] {80, 150} : k.contains("truc thuoc") ? new int[] {20, 45}
                    : k.startsWith("chi bo") ? new int[] {30, 120} : new int[] {35, 95};
            return range[0] + random.nextInt(range[1] - range[0] + 1);
        });
    }

    /** How a unit speaks of itself, its people and its meetings. */
    record Voice(String subject, String people, String member, String meeting, String superior, String docSuffix) {
        static Voice of(String kind, String unit) {
            String k = Fold.foldPhrase(kind);
            if (k.startsWith("dang uy")) {
                return new Voice("Ban Thường vụ Đảng ủy", "cán bộ, đảng viên", "đảng viên", "hội nghị Ban Chấp hành Đảng ủy",
                        "Thành ủy", "-KH/ĐU");
            }
            if (k.startsWith("dang bo")) {
                return new Voice("Đảng ủy", "đảng viên", "đảng viên", "hội nghị Ban Chấp hành Đảng bộ", "Đảng ủy Sở", "-KH/ĐU");
            }
            if (k.startsWith("chi bo")) {
                return new Voice("Chi bộ", "đảng viên", "đảng viên", "sinh hoạt chi bộ thường kỳ",
                        k.contains("truc thuoc") ? "Đảng ủy cơ sở" : "Đảng ủy Sở", "-KH/CB");
            }
            if (k.startsWith("truong")) {
                return new Voice("Nhà trường", "cán bộ, giáo viên, nhân viên", "giáo viên", "họp hội đồng sư phạm",
                        "Phòng Giáo dục và Đào tạo", "/KH-" + unit.replace("-", ""));
            }
            if (k.contains("cong doan")) {
                return new Voice("Công đoàn Ngành", "đoàn viên công đoàn", "cán bộ công đoàn",
                        "hội nghị Ban Chấp hành Công đoàn Ngành", "Liên đoàn Lao động Thành phố", "/KH-CĐN");
            }
            return new Voice("Đơn vị", "công chức, viên chức", "công chức", "giao ban cơ quan", "lãnh đạo Sở",
                    "/KH-" + unit.replace("-", ""));
        }
    }

    /** Notes for one report: a theme matching the task's wording, filled with the unit's voice and numbers. */
    private final class Notes {
        private final Plan plan;
        private final Period period;
        private final LocalDate submitted;
        private final Voice voice;
        private Task task;

        Notes(Plan plan, Period period, LocalDate submitted, Voice voice) {
            this.plan = plan;
            this.period = period;
            this.submitted = submitted;
            this.voice = voice;
        }

        String task(Task t, int percent) {
            this.task = t;
            if (percent == 0) {
                return fill(pick(PhraseBank.NOT_STARTED));
            }
            String text = Fold.foldPhrase(t.text());
            List<PhraseBank.Theme> themes = PhraseBank.THEMES.stream()
                    .filter(th -> th.keys().stream().anyMatch(text::contains)).toList();
            List<String> pool = PhraseBank.GENERIC;
            if (!themes.isEmpty()) {
                PhraseBank.Theme lead = themes.stream().min(Comparator.comparingInt(th -> th.firstIndexIn(text))).orElseThrow();
                pool = (random.nextDouble() < 0.6 ? lead : themes.get(random.nextInt(themes.size()))).templates();
            }
            String note = fill(pick(pool));
            if (percent > 0 && percent < 100 && random.nextDouble() < 0.35) {
                note += " Ước đạt " + percent + "% khối lượng công việc.";
            } else if (percent < 0 && random.nextDouble() < 0.2) {
                note += " Nhiệm vụ thường xuyên, tiếp tục duy trì trong kỳ tới.";
            }
            return note;
        }

        String indicator() {
            return fill(pick(PhraseBank.FIGURES));
        }

        private String pick(List<String> pool) {
            return pool.get(random.nextInt(pool.size()));
        }

        private String fill(String template) {
            Matcher m = PLACEHOLDER.matcher(template);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(sb, Matcher.quoteReplacement(value(m.group(1))));
            }
            m.appendTail(sb);
            return sb.toString();
        }

        private String value(String name) {
            int year = period.year();
            return switch (name) {
                case "cq" -> voice.subject();
                case "dv" -> voice.people();
                case "gv" -> voice.member();
                case "hop" -> voice.meeting();
                case "captren" -> voice.superior();
                case "vb" -> document();
                case "khso" -> (5 + random.nextInt(60)) + voice.docSuffix();
                case "n" -> Integer.toString(1 + random.nextInt(4));
                case "nn" -> Integer.toString(10 + random.nextInt(51));
                case "nnn" -> ViFormat.integer(300 + 10L * random.nextInt(120));
                case "pct" -> Integer.toString(90 + random.nextInt(11));
                case "tien" -> random.nextDouble() < 0.3 ? (2 + random.nextInt(20)) + ",5" : Integer.toString(2 + random.nextInt(29));
                case "thang" -> Integer.toString(day().getMonthValue());
                case "ngay" -> ViFormat.date(day());
                case "nam" -> Integer.toString(year);
                case "namhoc" -> period.type() == PeriodType.H1 ? (year - 1) + " - " + year : year + " - " + (year + 1);
                case "quy" -> nextQuarter();
                case "mohinh" -> MODELS[random.nextInt(MODELS.length)];
                case "dip" -> occasion();
                default -> "{" + name + "}";
            };
        }

        /** A day within the period, before the report was sent. */
        private LocalDate day() {
            LocalDate start = period.start();
            LocalDate end = SampleGenerator.min(period.end(), submitted.minusDays(1));
            long span = end.toEpochDay() - start.toEpochDay();
            return span <= 0 ? start : start.plusDays(random.nextLong(span + 1));
        }

        private String nextQuarter() {
            int q = (submitted.getMonthValue() - 1) / 3 + 2;
            int y = submitted.getYear();
            if (q > 4) {
                q = 1;
                y++;
            }
            return "quý " + new String[] {"I", "II", "III", "IV"}[q - 1] + "/" + y;
        }

        private String occasion() {
            int y = period.year();
            List<String> options = new ArrayList<>();
            options.add("kỷ niệm " + (y - 1930) + " năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/" + y + ")");
            if (y == 2024) {
                options.add("kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (07/5/1954 - 07/5/2024)");
            }
            if (y == 2025) {
                options.add("kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025)");
            }
            if (period.type() == PeriodType.YEAR) {
                options.add("kỷ niệm " + (y - 1945) + " năm Cách mạng Tháng Tám và Quốc khánh 2/9");
            }
            return options.get(random.nextInt(options.size()));
        }

        /** A document the task or the plan names ("Nghị quyết số 20-NQ/TU"), or the plan itself. */
        private String document() {
            List<String> own = refs(task == null ? "" : task.text());
            if (!own.isEmpty() && random.nextDouble() < 0.6) {
                return own.get(random.nextInt(own.size()));
            }
            List<String> planDocs = refs(String.join("; ", plan.implementsDocs()));
            planDocs.add("Kế hoạch số " + plan.code());
            return planDocs.get(random.nextInt(planDocs.size()));
        }

        private List<String> refs(String text) {
            List<String> out = new ArrayList<>();
            Matcher m = DOC.matcher(text);
            while (m.find()) {
                if (!out.contains(m.group())) {
                    out.add(m.group());
                }
            }
            return out;
        }
    }

    /** The phrase bank: themes recognised by words of the task text (folded), each with note templates. */
    static final class PhraseBank {
        record Theme(List<String> keys, List<String> templates) {
            /** Where the theme's first word occurs in the folded text: the task's lead words say most about it. */
            int firstIndexIn(String text) {
                return keys.stream().mapToInt(text::indexOf).filter(i -> i >= 0).min().orElse(Integer.MAX_VALUE);
            }
        }

        private PhraseBank() {
        }

        private static Theme theme(String keys, String... templates) {
            return new Theme(List.of(keys.split("\\|")), List.of(templates));
        }

        static final List<Theme> THEMES = List.of(
                theme("quan triet|nang cao nhan thuc|nghi quyet",
                        "{cq} tổ chức quán triệt {vb} đến 100% {dv} trong tháng {thang}.",
                        "Lồng ghép nội dung {vb} vào {hop} tháng {thang}, có {nn} lượt {gv} tham dự.",
                        "{pct}% {dv} hoàn thành bài thu hoạch sau học tập {vb}.",
                        "Tổ chức {n} buổi sinh hoạt chuyên đề về vai trò của công tác dân vận trong tình hình mới."),
                theme("ngheo|kho khan|cham lo|yeu the",
                        "Thăm hỏi, tặng quà {n} giáo viên, nhân viên có hoàn cảnh khó khăn, tổng kinh phí {tien} triệu đồng.",
                        "Vận động ủng hộ Quỹ “Vì người nghèo” được {tien} triệu đồng; trao {nn} suất học bổng cho học sinh khó khăn.",
                        "Đăng ký chăm lo ít nhất 01 trường hợp theo chỉ tiêu; trong kỳ đã hỗ trợ {n} trường hợp.",
                        "Phối hợp Công đoàn cơ sở trao {n} phần quà, miễn giảm học phí cho {nn} học sinh có hoàn cảnh khó khăn."),
                theme("giao thong",
                        "{pct}% {dv} ký cam kết chấp hành Luật Giao thông đường bộ ngay từ đầu năm.",
                        "Phối hợp Công an phường tuyên truyền an toàn giao thông dưới cờ cho khoảng {nnn} học sinh vào tháng {thang}.",
                        "Trong kỳ không có trường hợp {gv} vi phạm luật giao thông bị thông báo về đơn vị.",
                        "Lồng ghép văn hóa giao thông vào {hop}; phân công {n} {gv} hướng dẫn học sinh ra vào cổng trường."),
                theme("xa rac|kenh rach|xanh - sach|sach dep",
                        "Tổ chức {n} đợt tổng vệ sinh, hưởng ứng “Ngày Chủ nhật xanh” với {nn} lượt người tham gia.",
                        "Duy trì phân loại rác tại nguồn; bố trí thêm {n} điểm thu gom rác tái chế trong khuôn viên.",
                        "Phát động phong trào “Công sở văn minh, sạch đẹp, an toàn” đến toàn thể {dv}."),
                theme("thu tuc hanh chinh|cai cach hanh chinh|phien ha|nhung nhieu",
                        "Niêm yết công khai {n} thủ tục hành chính; 100% hồ sơ được giải quyết đúng hẹn.",
                        "Tiếp nhận, giải quyết {nn} hồ sơ của phụ huynh, học sinh đúng hạn, không có phản ánh phiền hà.",
                        "Rà soát quy trình cấp bản sao văn bằng, chứng chỉ; rút ngắn thời gian giải quyết còn {n} ngày làm việc."),
                theme("dien tu|chuyen doi so|cong nghe thong tin|de an 06|dinh danh",
                        "{pct}% {dv} đã kích hoạt tài khoản định danh điện tử mức độ 2.",
                        "Triển khai thu học phí không dùng tiền mặt, tỷ lệ thanh toán trực tuyến đạt {pct}%.",
                        "{pct}% văn bản đi được ký số và gửi qua hệ thống quản lý văn bản điều hành."),
                theme("thi dua|dan van kheo|hoc tap va lam theo|dien hinh|khen thuong",
                        "Đăng ký {n} mô hình “Dân vận khéo” từ đầu năm; mô hình “{mohinh}” triển khai hiệu quả.",
                        "Gắn phong trào thi đua “Dân vận khéo” với học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; biểu dương {n} tập thể, {n} cá nhân.",
                        "Mô hình “{mohinh}” được {captren} ghi nhận, đề nghị nhân rộng.",
                        "Tổ chức {n} hoạt động thi đua chào mừng {dip}."),
                theme("tiep cong dan|doi thoai|khieu nai|kien nghi|buc xuc|diem nong|nguyen vong",
                        "Tổ chức {n} buổi đối thoại với {dv} và cha mẹ học sinh; tiếp nhận {n} ý kiến, đã trả lời đầy đủ.",
                        "Duy trì hộp thư góp ý, đường dây nóng; trong kỳ nhận {n} phản ánh, đã giải quyết dứt điểm.",
                        "Nắm bắt tâm tư, nguyện vọng của {dv} qua {hop}; không phát sinh điểm nóng, khiếu kiện đông người."),
                theme("dan chu|cong khai|minh bach|quy che",
                        "Tổ chức Hội nghị viên chức, người lao động năm học {namhoc}; sửa đổi, bổ sung {n} quy chế nội bộ.",
                        "Công khai tài chính, các khoản thu và kết quả tuyển sinh trên bảng tin và trang thông tin điện tử của đơn vị.",
                        "Ban Thanh tra nhân dân thực hiện {n} cuộc giám sát trong kỳ, không phát hiện sai phạm."),
                theme("kiem tra|giam sat|thanh tra",
                        "{cq} thực hiện {n} cuộc kiểm tra, giám sát chuyên đề về đạo đức công vụ; chưa phát hiện vi phạm.",
                        "Kiểm tra việc thực hiện quy tắc ứng xử tại {n} tổ chuyên môn, nhắc nhở, chấn chỉnh {n} trường hợp.",
                        "Ban hành kế hoạch kiểm tra, giám sát năm {nam}; trong kỳ đã thực hiện {n} cuộc theo kế hoạch."),
                theme("tuyen truyen|mang xa hoi|phuong tien truyen thong|dong thuan",
                        "Đăng {nn} tin, bài trên trang thông tin điện tử và fanpage của đơn vị.",
                        "Định hướng thông tin trên mạng xã hội cho {dv}; kịp thời phản bác {n} thông tin sai lệch.",
                        "Tuyên truyền qua bảng tin, nhóm Zalo nội bộ; cập nhật {n} chuyên đề trong kỳ."),
                theme("cong doan|doan vien|hoi vien|chinh tri - xa hoi|hoi quan chung|mat tran|nong cot",
                        "Phối hợp Công đoàn cơ sở, Đoàn Thanh niên tổ chức {n} hoạt động chào mừng {dip}.",
                        "Giới thiệu {n} đoàn viên ưu tú cho cấp ủy bồi dưỡng, xem xét kết nạp Đảng.",
                        "Công đoàn cơ sở tham gia xây dựng quy chế chi tiêu nội bộ, quy chế thi đua, khen thưởng của đơn vị."),
                theme("co so vat chat|kinh phi|nguon luc",
                        "Bố trí {tien} triệu đồng hỗ trợ hoạt động của Công đoàn, Đoàn Thanh niên trong kỳ.",
                        "Sửa chữa, bổ sung trang thiết bị phòng sinh hoạt chung với kinh phí {tien} triệu đồng."),
                theme("boi duong|tap huan|dao tao|tao nguon|quy hoach",
                        "Cử {n} {gv} tham dự lớp bồi dưỡng nghiệp vụ công tác dân vận do cấp trên tổ chức.",
                        "Tạo nguồn phát triển đảng viên: {n} quần chúng ưu tú đã học lớp nhận thức về Đảng.",
                        "Tổ chức {n} buổi tập huấn kỹ năng dân vận, giao tiếp với cha mẹ học sinh cho {nn} lượt {gv}."),
                theme("an ninh|trat tu|tu tap|gay roi",
                        "Phối hợp Công an phường giữ gìn an ninh trật tự khu vực cổng trường; không xảy ra vụ việc phức tạp.",
                        "Tuyên truyền học sinh không tụ tập, đua xe trái phép; trong kỳ không có học sinh vi phạm."),
                theme("xay dung ke hoach|cu the hoa|ke hoach nay|chuong trinh, ke hoach",
                        "Ban hành Kế hoạch số {khso} ngày {ngay} triển khai thực hiện tại đơn vị.",
                        "Cụ thể hóa thành {n} nhóm nhiệm vụ, phân công từng {gv} phụ trách."),
                theme("dat chuan|nong thon moi",
                        "Tiếp tục duy trì các tiêu chí trường đạt chuẩn quốc gia; hoàn thiện hồ sơ tự đánh giá chất lượng giáo dục."),
                theme("thu cam on|xin loi|than thien|dao duc cong vu|van hoa cong vu|quy tac ung xu|dao duc nha giao",
                        "Gửi {n} thư cảm ơn đến phụ huynh, nhà hảo tâm; không có trường hợp phải gửi thư xin lỗi.",
                        "{pct}% {dv} ký cam kết thực hiện Quy tắc ứng xử; niêm yết quy tắc ứng xử tại các phòng làm việc."),
                theme("phan cap|uy quyen|tinh gon|sap xep",
                        "Rà soát chức năng, nhiệm vụ các tổ chuyên môn, tổ văn phòng; điều chỉnh {n} vị trí việc làm.",
                        "Phân công lại nhiệm vụ trong Ban Giám hiệu, ủy quyền ký {n} loại văn bản thuộc lĩnh vực phụ trách."));

        static final List<String> GENERIC = List.of(
                "{cq} triển khai đúng tiến độ; kết quả được đánh giá tại {hop} tháng {thang}.",
                "Đã đưa vào chương trình công tác năm {nam}, phân công {n} đồng chí phụ trách.",
                "Thực hiện theo {vb}; định kỳ báo cáo kết quả về {captren}.");

        static final List<String> NOT_STARTED = List.of(
                "Chưa triển khai do đang chờ hướng dẫn của cấp trên; dự kiến thực hiện trong {quy}.",
                "Đơn vị chưa bố trí được kinh phí, sẽ triển khai trong {quy}.",
                "Chưa thực hiện trong kỳ; đã đưa vào chương trình công tác {quy}.",
                "Nội dung này chưa phát sinh tại đơn vị trong kỳ báo cáo.");

        static final List<String> FIGURES = List.of(
                "Số liệu tính đến ngày {ngay}.",
                "Theo sổ theo dõi của đơn vị.",
                "Đã đối chiếu với số liệu của Công đoàn cơ sở.",
                "Bao gồm số liệu của các tổ chuyên môn.");
    }
}

package vn.tonghop.planimport;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the paragraphs before the first section: national or party motto, the issuing bodies (capital
 * lines above the document type), "Số 74-KH/ĐU", "Quận 1, ngày 15 tháng 12 năm 2023", the document type
 * line, the title (the paragraphs after it) and the preamble ("Thực hiện ...", "Căn cứ ...") with the
 * documents it names and the body that issues the plan ("..., Đảng ủy Sở ... xây dựng kế hoạch như sau:").
 */
final class HeaderParser {
    static final String DOC_TYPES = "nghi quyet|chi thi|ket luan|quyet dinh|cong van|huong dan|ke hoach|chuong trinh hanh dong"
            + "|chuong trinh|thong tu lien tich|thong tu|nghi dinh|luat|thong bao|de an|quy dinh|quy che|dieu le|phap lenh|bo luat";
    private static final Pattern CODE = Pattern.compile("(?iu)^s[ốo]\\s*[:.]?\\s*(.*)$");
    private static final Pattern CODE_SHAPE = Pattern.compile("\\d+[a-z]?\\s*[-/]\\s*[\\p{L}\\d][\\p{L}\\d&.]*(\\s*[-/]\\s*[\\p{L}\\d][\\p{L}\\d&.]*)*",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACE_DATE = Pattern.compile("(?:^|\\s)([\\p{L}\\p{N}][\\p{L}\\p{N} .\\-]{0,60}?),?\\s+ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    private static final Pattern UNFILLED_DATE = Pattern.compile("ngay[\\s.…_]*thang[\\s.…_]*nam");
    private static final Pattern TYPE = Pattern.compile("^(ke hoach lien tich|ke hoach|chuong trinh hanh dong|chuong trinh|huong dan|de an|phuong an)\\b(.*)$");
    private static final Pattern PREAMBLE_START = Pattern.compile("^(thuc hien|can cu|tren co so|theo|trien khai|thi hanh|nham|de|xet|qua)\\b");
    private static final Pattern DOC_REFERENCE = Pattern.compile("\\b(" + DOC_TYPES + ")\\s+(so\\b|\\d)|\\bso\\s+\\d+\\s*[-/]");
    private static final Pattern ISSUER_CLAUSE = Pattern.compile("(?:^|,)\\s*([^,]{3,160}?)\\s+(xay dung|ban hanh|trien khai xay dung)\\s+(ke hoach|chuong trinh|huong dan|de an)");
    private static final Pattern TRIGGER = Pattern.compile("^(thuc hien|can cu vao|can cu|tren co so|theo|thi hanh|trien khai)\\s+");
    private static final Pattern DOC_SPLIT = Pattern.compile("(;|,|\\s+va)\\s+(?:(?:thuc hien|can cu|tren co so|theo)\\s+)?(?=(?:" + DOC_TYPES + ")\\s+so\\b)");
    private static final Pattern SHORT_NAME = Pattern.compile("\\s*\\((?:sau day\\s+)?(?:goi|viet)\\s+tat\\s+(?:la\\s+)?[^)]*\\)");
    private static final Pattern ORGAN = Pattern.compile("^(ban thuong vu|ban chap hanh|thuong truc|ban giam hieu)\\s+");

    private HeaderParser() {
    }

    static Header parse(List<Paragraph> paragraphs) {
        String type = "";
        String code = "";
        String codePrinted = "";
        List<String> issuerBlock = new ArrayList<>();
        String place = "";
        LocalDate date = null;
        List<String> title = new ArrayList<>();
        List<String> docs = new ArrayList<>();
        String issuerFromPreamble = "";
        String styleHint = "";
        List<SourceNote> notes = new ArrayList<>();
        List<SourceNote> preamble = new ArrayList<>();
        List<Paragraph> unplaced = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        int state = 0; // 0 before the type line, 1 title, 2 preamble
        for (Paragraph p : paragraphs) {
            String full = p.full();
            String f = Folded.words(full);
            if (f.contains("cong hoa xa hoi chu nghia viet nam") || f.contains("doc lap - tu do - hanh phuc")) {
                styleHint = styleHint.isEmpty() ? "state" : styleHint;
                notes.add(SourceNote.of(p, "quốc hiệu, tiêu ngữ"));
                continue;
            }
            if (f.startsWith("dang cong san viet nam")) {
                styleHint = "party";
                notes.add(SourceNote.of(p, "tiêu đề văn bản Đảng"));
                continue;
            }
            Matcher codeLine = CODE.matcher(full);
            if (state == 0 && codeLine.matches() && (codeLine.group(1).isEmpty() || "0123456789-/ .…".indexOf(codeLine.group(1).charAt(0)) >= 0)) {
                String rest = codeLine.group(1);
                Matcher pd = PLACE_DATE.matcher(rest);
                String codePart = rest;
                if (pd.find()) {
                    codePart = rest.substring(0, pd.start()).strip();
                    place = pd.group(1).strip();
                    date = date(pd, findings, p);
                }
                Matcher shape = CODE_SHAPE.matcher(codePart);
                if (shape.lookingAt()) {
                    codePrinted = shape.group();
                    code = codePrinted.replaceAll("\\s+", "");
                    notes.add(SourceNote.of(p, pd.find(0) ? "số hiệu, địa danh và ngày" : "số hiệu"));
                } else {
                    notes.add(SourceNote.of(p, "số hiệu (chưa điền số)"));
                    findings.add(Finding.check(p.lines(), "số hiệu kế hoạch chưa có số: “" + full + "”; để trống code, cần điền"));
                }
                continue;
            }
            Matcher pd = PLACE_DATE.matcher(full);
            if (state == 0 && pd.find() && pd.start() < 3) {
                place = pd.group(1).strip();
                date = date(pd, findings, p);
                notes.add(SourceNote.of(p, "địa danh và ngày ban hành"));
                continue;
            }
            if (state == 0 && UNFILLED_DATE.matcher(f).find() && f.length() < 80) {
                notes.add(SourceNote.of(p, "địa danh và ngày (để trống)"));
                findings.add(Finding.check(p.lines(), "ngày ban hành chưa điền: “" + full + "”"));
                continue;
            }
            Matcher typeLine = TYPE.matcher(f);
            if (state == 0 && Paragraphs.isAllCaps(p.text()) && p.marker().kind() == Marker.Kind.NONE && typeLine.matches()) {
                type = full;
                state = 1;
                notes.add(SourceNote.of(p, "loại văn bản"));
                continue;
            }
            if (state == 0 && Paragraphs.isAllCaps(full)) {
                issuerBlock.add(full);
                notes.add(SourceNote.of(p, "cơ quan ban hành"));
                continue;
            }
            boolean preambleLike = isPreamble(p);
            if (state <= 1 && !preambleLike || state == 1 && title.isEmpty() && !p.endsClosed()) {
                if (state == 0) {
                    findings.add(Finding.check(p.lines(), "không thấy dòng loại văn bản (KẾ HOẠCH...) trước tiêu đề; coi “" + full + "” là tiêu đề"));
                    state = 1;
                }
                title.add(full);
                notes.add(SourceNote.of(p, "tiêu đề"));
                continue;
            }
            if (preambleLike || state == 2) {
                state = 2;
                preamble.add(SourceNote.of(p, "căn cứ"));
                Preamble read = readPreamble(p.marker().kind() == Marker.Kind.NONE ? p.text() : p.text());
                docs.addAll(read.docs());
                if (!read.issuer().isEmpty()) {
                    issuerFromPreamble = read.issuer();
                }
                if (read.docs().isEmpty() && read.issuer().isEmpty()) {
                    findings.add(Finding.note(p.lines(), "đoạn mở đầu không nêu văn bản căn cứ nào đọc được; giữ nguyên trong import.preamble"));
                }
                continue;
            }
            unplaced.add(p);
        }
        String issuer = issuerBlock.isEmpty() ? "" : issuerBlock.get(issuerBlock.size() - 1);
        String superior = issuerBlock.size() < 2 ? "" : issuerBlock.get(issuerBlock.size() - 2);
        return new Header(type, code, codePrinted, issuer, superior, issuerFromPreamble, place, date, String.join(" ", title),
                docs, styleHint, notes, preamble, unplaced, findings);
    }

    static boolean isPreamble(Paragraph p) {
        String f = Folded.sameLength(p.text()).strip();
        return PREAMBLE_START.matcher(f).find() && (DOC_REFERENCE.matcher(f).find() || f.endsWith("nhu sau:") || f.endsWith(";"));
    }

    record Preamble(List<String> docs, String issuer) {
    }

    /** The documents a preamble paragraph names, and the body that issues the plan if it says so. */
    static Preamble readPreamble(String text) {
        String body = text.strip();
        String issuer = "";
        String f = Folded.sameLength(body);
        Matcher clause = ISSUER_CLAUSE.matcher(f);
        int cut = -1;
        while (f.endsWith(":") && clause.find()) {
            cut = clause.start();
            issuer = body.substring(clause.start(1), clause.end(1)).strip();
        }
        if (cut >= 0) {
            body = body.substring(0, cut);
            Matcher organ = ORGAN.matcher(Folded.sameLength(issuer));
            if (organ.find()) {
                issuer = issuer.substring(organ.end());
            }
        }
        f = Folded.sameLength(body);
        Matcher trigger = TRIGGER.matcher(f);
        if (trigger.find()) {
            body = body.substring(trigger.end());
            f = f.substring(trigger.end());
        }
        List<String> docs = new ArrayList<>();
        Matcher split = DOC_SPLIT.matcher(f);
        int from = 0;
        while (split.find()) {
            docs.add(body.substring(from, split.start()));
            from = split.end();
        }
        docs.add(body.substring(from));
        List<String> out = new ArrayList<>();
        for (String d : docs) {
            String clean = d.strip();
            Matcher shortName = SHORT_NAME.matcher(Folded.sameLength(clean));
            StringBuilder kept = new StringBuilder();
            int at = 0;
            while (shortName.find()) {
                kept.append(clean, at, shortName.start());
                at = shortName.end();
            }
            clean = kept.append(clean.substring(at)).toString().replaceAll("[\\s,;.:]+$", "").strip();
            if (Pattern.compile("^(" + DOC_TYPES + ")\\b").matcher(Folded.sameLength(clean)).find()) {
                out.add(clean);
            }
        }
        return new Preamble(out, issuer);
    }

    private static LocalDate date(Matcher m, List<Finding> findings, Paragraph p) {
        try {
            return LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)));
        } catch (DateTimeException e) {
            findings.add(Finding.check(p.lines(), "ngày ban hành không có thật: “" + m.group().strip() + "”"));
            return null;
        }
    }
}

package vn.tonghop.planimport;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The end of the document: the closing sentence ("Trên đây là ..."), recipients ("Nơi nhận:" and the
 * lines below it), the signer's title (lines in capitals: "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC")
 * and name. A signing formula damaged by conversion ("TAM", "TM" for "T/M") is restored and noted.
 */
record Closing(List<SourceNote> notes, List<String> recipients, String signerTitle, boolean signerTitleRepaired,
               String signerName, List<Paragraph> unplaced, List<Finding> findings) {

    private static final Pattern FORMULA = Pattern.compile("^(TAM|T\\.M|TM|T/M)\\.?\\s+|^(KT|K\\.T|K/T)\\.?\\s+|^(TL|T\\.L)\\.?\\s+|^(TUQ)\\.?\\s+");

    static boolean startsClosing(Paragraph p) {
        String f = Folded.words(p.full());
        return f.startsWith("tren day la") || f.startsWith("noi nhan") || isSignatureTitle(p.full());
    }

    static boolean isSignatureTitle(String text) {
        return Paragraphs.isAllCaps(text) && FORMULA.matcher(text).find();
    }

    static Closing parse(List<Paragraph> paragraphs) {
        List<SourceNote> notes = new ArrayList<>();
        List<String> recipients = new ArrayList<>();
        List<String> title = new ArrayList<>();
        List<Paragraph> unplaced = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        boolean repaired = false;
        String name = "";
        int mode = 0; // 0 closing text, 1 recipients, 2 signature
        for (Paragraph p : paragraphs) {
            String full = p.full();
            String f = Folded.words(full);
            if (f.startsWith("tren day la") && mode == 0) {
                notes.add(SourceNote.of(p, "lời kết"));
                continue;
            }
            if (f.startsWith("noi nhan")) {
                mode = 1;
                notes.add(SourceNote.of(p, "nơi nhận"));
                String rest = full.replaceFirst("(?iu)^nơi nhận\\s*:?", "").strip();
                if (!rest.isEmpty()) {
                    recipients.add(clean(rest));
                }
                continue;
            }
            if (Paragraphs.isAllCaps(full)) {
                mode = 2;
                Matcher m = FORMULA.matcher(full);
                String line = full;
                if (m.find()) {
                    String formula = m.group(1) != null ? "T/M" : m.group(2) != null ? "KT." : m.group(3) != null ? "TL." : "TUQ.";
                    line = formula + " " + full.substring(m.end());
                    if (!full.startsWith(formula + " ")) {
                        repaired = true;
                        findings.add(Finding.check(p.lines(), "thể thức ký “" + full + "” đọc là “" + line + "”; kiểm tra lại"));
                    }
                }
                title.add(line);
                notes.add(SourceNote.of(p, "chức vụ người ký"));
                continue;
            }
            if (mode == 1 && (p.marker().isBullet() || full.length() <= 120)) {
                recipients.add(clean(p.marker().isBullet() ? p.text() : full));
                notes.add(SourceNote.of(p, "nơi nhận"));
                continue;
            }
            if (mode == 2 && full.length() <= 60 && !p.marker().isNumbered()) {
                if (full.startsWith("(")) {
                    notes.add(SourceNote.of(p, "ghi chú chữ ký"));
                } else {
                    name = full;
                    notes.add(SourceNote.of(p, "người ký"));
                }
                continue;
            }
            if (mode == 0) {
                notes.add(SourceNote.of(p, "lời kết"));
                continue;
            }
            unplaced.add(p);
        }
        return new Closing(notes, recipients, String.join("\n", title), repaired, name, unplaced, findings);
    }

    private static String clean(String recipient) {
        return recipient.replaceAll("^[-–+•*\\s]+", "").replaceAll("[\\s,;.]+$", "").strip();
    }
}

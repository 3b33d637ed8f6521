package vn.tonghop.documents;

import java.util.List;
import vn.tonghop.catalog.DocumentStyle;
import vn.tonghop.documents.ReportDocument.Block;
import vn.tonghop.documents.ReportDocument.Heading;
import vn.tonghop.documents.ReportDocument.Item;
import vn.tonghop.documents.ReportDocument.Table;
import vn.tonghop.documents.ReportDocument.Text;

/**
 * The HTML rendering of a report, made to be printed to PDF: the same model and layout as the Word file,
 * A4 with the guides' margins (Chromium clips whatever lies outside the page margins, so the page
 * margins are 10 mm and 5 mm narrower and the body's padding makes up for them: the header blocks reach
 * into that padding as the Word file's reach into its margins), Times New Roman or a metric twin with Vietnamese glyphs (Liberation
 * Serif, then DejaVu Serif), table header rows repeated on each page. Page numbers from page 2 on are a
 * page margin box centred in the top margin; its 5 mm left padding centres it over the text column (30 mm
 * to 195 mm) rather than over the narrower page margins.
 */
final class HtmlRenderer {
    private static final String STYLE = """
            @page { size: A4; margin: 20mm 10mm 20mm 20mm;
                    @top-center { content: counter(page); font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif;
                                  font-size: 13pt; font-weight: normal; font-style: normal; color: #000;
                                  vertical-align: middle; text-align: center; padding-left: 5mm; } }
            @page :first { @top-center { content: none; } }
            html { -webkit-print-color-adjust: exact; }
            body { margin: 0; padding: 0 5mm 0 10mm; font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; font-size: 14pt;
                   line-height: 1.25; color: #000; }
            table.khoi { width: 100%; border-collapse: collapse; table-layout: fixed; }
            table.khoi td { vertical-align: top; padding: 0; }
            table.khoi td.trai { width: 43.8%; text-align: center; }
            table.dau { margin-left: -10mm; width: calc(100% + 15mm); font-size: 13pt; }
            table.dau td.trai { width: 82mm; }
            table.dau .co-quan-tren, table.dau .co-quan { font-size: 12pt; }
            table.khoi p { margin: 0; }
            .co-quan { font-weight: bold; }
            .so { white-space: pre; }
            .quoc-hieu { font-weight: bold; }
            .dang .quoc-hieu { font-size: 15pt; text-decoration: underline; text-align: right; }
            .nha-nuoc .quoc-hieu { font-size: 13pt; text-align: center; }
            .nha-nuoc .tieu-ngu { font-size: 14pt; font-weight: bold; text-align: center; }
            .gach { width: 40%; margin: 2pt auto 0; border-top: 1px solid #000; height: 0; }
            .ngay { font-style: italic; }
            .dang .ngay { text-align: right; }
            .nha-nuoc .ngay { text-align: center; }
            .loai { font-size: 16pt; font-weight: bold; text-align: center; margin: 12pt 0 0; }
            .trich-yeu { font-weight: bold; text-align: center; margin: 0; }
            .ngan { text-align: center; margin: 0 0 12pt; }
            h2, h3, h4 { font-size: 14pt; font-weight: bold; margin: 9pt 0 6pt; text-align: justify; break-after: avoid; }
            h3, h4 { text-indent: 1cm; }
            h4 { font-style: italic; }
            p.van { text-indent: 1cm; text-align: justify; margin: 0 0 6pt; }
            p.goi-y { font-style: italic; }
            table.so-lieu { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 12pt; margin: 0 0 9pt; }
            table.so-lieu th, table.so-lieu td { border: 1px solid #000; padding: 2pt 3pt; vertical-align: top; }
            table.so-lieu th { text-align: center; vertical-align: middle; }
            table.so-lieu td.so { text-align: right; }
            table.so-lieu thead { display: table-header-group; }
            table.so-lieu tr { break-inside: avoid; }
            .ket { margin-top: 12pt; break-inside: avoid; }
            .noi-nhan { font-size: 12pt; }
            .dang .noi-nhan-tieu-de { text-decoration: underline; font-size: 14pt; }
            .nha-nuoc .noi-nhan-tieu-de { font-weight: bold; font-style: italic; font-size: 12pt; }
            .ky { text-align: center; font-weight: bold; }
            .ky .cach { height: 4.5em; }
            """;

    private HtmlRenderer() {
    }

    static String render(ReportDocument doc) {
        boolean party = doc.style() == DocumentStyle.PARTY;
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(doc.documentType() + " " + String.join(" ", doc.subject()))).append("</title>\n<style>\n")
                .append(STYLE).append("</style>\n</head>\n<body class=\"").append(party ? "dang" : "nha-nuoc").append("\">\n");
        header(h, doc, party);
        h.append("<p class=\"loai\">").append(esc(doc.documentType())).append("</p>\n");
        for (String line : doc.subject()) {
            h.append("<p class=\"trich-yeu\">").append(esc(line)).append("</p>\n");
        }
        h.append("<p class=\"ngan\">-----</p>\n");
        for (Block block : doc.body()) {
            block(h, block);
        }
        closing(h, doc);
        return h.append("</body>\n</html>\n").toString();
    }

    private static void header(StringBuilder h, ReportDocument doc, boolean party) {
        h.append("<table class=\"khoi dau\"><tr><td class=\"trai\">\n");
        List<String> body = doc.issuingBody();
        for (int i = 0; i < body.size(); i++) {
            h.append("<p class=\"").append(i == body.size() - 1 ? "co-quan" : "co-quan-tren").append("\">").append(esc(body.get(i)))
                    .append("</p>\n");
        }
        h.append(party ? "<p>*</p>\n" : "<div class=\"gach\"></div>\n");
        h.append("<p class=\"so\">").append(esc(doc.numberLine())).append("</p>\n");
        h.append("</td><td>\n");
        for (int i = 0; i < doc.motto().size(); i++) {
            h.append("<p class=\"").append(i == 0 ? "quoc-hieu" : "tieu-ngu").append("\">").append(esc(doc.motto().get(i))).append("</p>\n");
        }
        if (!party) {
            h.append("<div class=\"gach\"></div>\n");
        }
        h.append("<p>&nbsp;</p>\n<p class=\"ngay\">").append(esc(doc.placeAndDate())).append("</p>\n");
        h.append("</td></tr></table>\n");
    }

    private static void block(StringBuilder h, Block block) {
        if (block instanceof Heading x) {
            String tag = "h" + (x.level() + 1);
            h.append('<').append(tag).append('>').append(esc(x.text())).append("</").append(tag).append(">\n");
        } else if (block instanceof Text x) {
            h.append("<p class=\"van").append(x.italic() ? " goi-y" : "").append("\">").append(esc(x.text())).append("</p>\n");
        } else if (block instanceof Item x) {
            h.append("<p class=\"van\">- ");
            if (!x.who().isEmpty()) {
                h.append("<em>").append(esc(x.who())).append(":</em> ");
            }
            h.append(esc(x.text())).append("</p>\n");
        } else if (block instanceof Table x) {
            table(h, x);
        } else {
            throw new IllegalArgumentException("khối nội dung chưa hỗ trợ: " + block);
        }
    }

    private static void table(StringBuilder h, Table t) {
        int total = t.widths().stream().mapToInt(Integer::intValue).sum();
        h.append("<table class=\"so-lieu\">\n<colgroup>");
        for (int w : t.widths()) {
            h.append("<col style=\"width:").append(String.format(java.util.Locale.ROOT, "%.1f", 100.0 * w / total)).append("%\">");
        }
        h.append("</colgroup>\n<thead><tr>");
        t.header().forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
        h.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : t.rows()) {
            h.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                h.append(t.numeric().get(c) ? "<td class=\"so\">" : "<td>").append(esc(row.get(c))).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static void closing(StringBuilder h, ReportDocument doc) {
        h.append("<table class=\"khoi ket\"><tr><td class=\"trai\" style=\"text-align:left\">\n<p class=\"noi-nhan-tieu-de\">Nơi nhận:</p>\n");
        doc.recipients().forEach(r -> h.append("<p class=\"noi-nhan\">").append(esc(r)).append("</p>\n"));
        h.append("</td><td class=\"ky\">\n");
        doc.signerTitle().forEach(l -> h.append("<p>").append(esc(l)).append("</p>\n"));
        h.append("<div class=\"cach\"></div>\n<p>").append(esc(doc.signerName())).append("</p>\n</td></tr></table>\n");
    }

    static String esc(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}

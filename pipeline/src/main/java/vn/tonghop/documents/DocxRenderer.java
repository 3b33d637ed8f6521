package vn.tonghop.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import vn.tonghop.catalog.DocumentStyle;
import vn.tonghop.common.DeterministicZip;
import vn.tonghop.documents.ReportDocument.Block;
import vn.tonghop.documents.ReportDocument.Heading;
import vn.tonghop.documents.ReportDocument.Item;
import vn.tonghop.documents.ReportDocument.Table;
import vn.tonghop.documents.ReportDocument.Text;

/**
 * The Word (.docx) rendering of a report: A4 with the margins of the format guides, Times New Roman,
 * the header blocks as a borderless two-column table as real documents lay them out, data tables whose
 * header row repeats on every page. The same model always gives the same bytes.
 */
final class DocxRenderer {
    static final String FONT = "Times New Roman";
    static final int BODY_SIZE = 14;
    static final int TABLE_SIZE = 12;
    /** A4 in twentieths of a point, and the margins of the guides: top and bottom 20 mm, left 30 mm, right 15 mm. */
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN_TOP = 1134;
    static final int MARGIN_BOTTOM = 1134;
    static final int MARGIN_LEFT = 1701;
    static final int MARGIN_RIGHT = 850;
    static final int CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    /** The closing blocks: the recipients' column, then the signer's. */
    static final int LEFT_COLUMN = 4100;
    /**
     * The header blocks reach 10 mm into the left margin and 5 mm into the right one, as real documents do,
     * so the issuing body (82 mm, 12 pt capitals) and the dateline (98 mm, 13 pt) fit on their lines.
     */
    static final int HEADER_OUTDENT = 567;
    static final int HEADER_LEFT = 4649;
    static final int HEADER_RIGHT = 5556;
    static final int ISSUER_SIZE = 12;
    static final int HEADER_SIZE = 13;
    private static final int INDENT = 567;

    private DocxRenderer() {
    }

    static byte[] render(ReportDocument doc) {
        try (XWPFDocument word = new XWPFDocument()) {
            page(word);
            pageNumbers(word);
            properties(word, doc);
            header(word, doc);
            title(word, doc);
            for (Block block : doc.body()) {
                block(word, block);
            }
            closing(word, doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            word.write(out);
            return DeterministicZip.withFixedTimes(out.toByteArray(), doc.date().atStartOfDay());
        } catch (IOException e) {
            throw new UncheckedIOException("Không tạo được tệp Word của báo cáo: " + e.getMessage(), e);
        }
    }

    private static void page(XWPFDocument word) {
        CTSectPr section = word.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(720));
        margins.setFooter(BigInteger.valueOf(720));
    }

    /**
     * Page numbers as the format guides set them: Arabic numerals centred in the top margin from page 2 on,
     * in the body's font. The first page gets its own empty header ({@code w:titlePg}), so it has no number.
     */
    private static void pageNumbers(XWPFDocument word) {
        word.createHeader(HeaderFooterType.FIRST);
        XWPFHeader header = word.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.getParagraphArray(0) != null ? header.getParagraphArray(0) : header.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        // a complex field rather than fldSimple, so every run carries the font; "2" is only the cached result
        fieldChar(p, STFldCharType.BEGIN);
        XWPFRun instruction = fontRun(p, HEADER_SIZE);
        instruction.getCTR().addNewInstrText().setStringValue(" PAGE ");
        fieldChar(p, STFldCharType.SEPARATE);
        fontRun(p, HEADER_SIZE).setText("2");
        fieldChar(p, STFldCharType.END);
    }

    private static void fieldChar(XWPFParagraph p, STFldCharType.Enum type) {
        fontRun(p, HEADER_SIZE).getCTR().addNewFldChar().setFldCharType(type);
    }

    private static XWPFRun fontRun(XWPFParagraph p, int size) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        return run;
    }

    /** Document dates are the as-of date, never the clock: the same inputs give the same file. */
    private static void properties(XWPFDocument word, ReportDocument doc) {
        var core = word.getProperties().getCoreProperties();
        Date date = Date.from(doc.date().atStartOfDay().toInstant(ZoneOffset.UTC));
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
        core.setCreator("tonghop");
        core.setTitle(doc.documentType() + " " + String.join(" ", doc.subject()));
    }

    private static void header(XWPFDocument word, ReportDocument doc) {
        boolean party = doc.style() == DocumentStyle.PARTY;
        XWPFTable table = layoutTable(word, HEADER_LEFT, HEADER_RIGHT);
        var indent = table.getCTTbl().getTblPr().addNewTblInd();
        indent.setType(STTblWidth.DXA);
        indent.setW(BigInteger.valueOf(-HEADER_OUTDENT));
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        List<String> body = doc.issuingBody();
        for (int i = 0; i < body.size(); i++) {
            boolean issuer = i == body.size() - 1;
            run(cellParagraph(left, ParagraphAlignment.CENTER), body.get(i), ISSUER_SIZE, issuer, false, false);
        }
        if (party) {
            run(cellParagraph(left, ParagraphAlignment.CENTER), "*", HEADER_SIZE, false, false, false);
        } else {
            rule(cellParagraph(left, ParagraphAlignment.CENTER), 1300);
        }
        run(cellParagraph(left, ParagraphAlignment.CENTER), doc.numberLine(), HEADER_SIZE, false, false, false);
        for (int i = 0; i < doc.motto().size(); i++) {
            boolean first = i == 0;
            XWPFParagraph p = cellParagraph(right, party ? ParagraphAlignment.RIGHT : ParagraphAlignment.CENTER);
            run(p, doc.motto().get(i), party ? 15 : first ? 13 : 14, true, false, party);
        }
        if (!party) {
            rule(cellParagraph(right, ParagraphAlignment.CENTER), 1500);
        }
        cellParagraph(right, ParagraphAlignment.CENTER);
        run(cellParagraph(right, party ? ParagraphAlignment.RIGHT : ParagraphAlignment.CENTER), doc.placeAndDate(), HEADER_SIZE, false, true, false);
        // the new cell's empty first paragraph would print as a blank line above the blocks
        left.removeParagraph(0);
        right.removeParagraph(0);
    }

    private static void title(XWPFDocument word, ReportDocument doc) {
        XWPFParagraph type = paragraph(word, ParagraphAlignment.CENTER);
        type.setSpacingBefore(240);
        run(type, doc.documentType(), 16, true, false, false);
        for (String line : doc.subject()) {
            run(paragraph(word, ParagraphAlignment.CENTER), line, BODY_SIZE, true, false, false);
        }
        XWPFParagraph dash = paragraph(word, ParagraphAlignment.CENTER);
        dash.setSpacingAfter(240);
        run(dash, "-----", BODY_SIZE, false, false, false);
    }

    private static void block(XWPFDocument word, Block block) {
        if (block instanceof Heading h) {
            XWPFParagraph p = paragraph(word, ParagraphAlignment.BOTH);
            p.setSpacingBefore(h.level() == 1 ? 180 : 120);
            p.setKeepNext(true);
            if (h.level() > 1) {
                p.setIndentationFirstLine(INDENT);
            }
            run(p, h.text(), BODY_SIZE, true, h.level() == 3, false);
        } else if (block instanceof Text t) {
            XWPFParagraph p = paragraph(word, ParagraphAlignment.BOTH);
            p.setIndentationFirstLine(INDENT);
            run(p, t.text(), BODY_SIZE, false, t.italic(), false);
        } else if (block instanceof Item i) {
            XWPFParagraph p = paragraph(word, ParagraphAlignment.BOTH);
            p.setIndentationFirstLine(INDENT);
            run(p, "- ", BODY_SIZE, false, false, false);
            if (!i.who().isEmpty()) {
                run(p, i.who() + ": ", BODY_SIZE, false, true, false);
            }
            run(p, i.text(), BODY_SIZE, false, false, false);
        } else if (block instanceof Table t) {
            dataTable(word, t);
        } else {
            throw new IllegalArgumentException("khối nội dung chưa hỗ trợ: " + block);
        }
    }

    private static void dataTable(XWPFDocument word, Table t) {
        XWPFTable table = word.createTable(t.rows().size() + 1, t.header().size());
        fixedLayout(table, CONTENT_WIDTH);
        int total = t.widths().stream().mapToInt(Integer::intValue).sum();
        for (int r = 0; r <= t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r);
            row.setCantSplitRow(true);
            boolean head = r == 0;
            if (head) {
                row.setRepeatHeader(true);
            }
            List<String> cells = head ? t.header() : t.rows().get(r - 1);
            for (int c = 0; c < cells.size(); c++) {
                XWPFTableCell cell = row.getCell(c);
                width(cell, CONTENT_WIDTH * t.widths().get(c) / total);
                ParagraphAlignment align = head ? ParagraphAlignment.CENTER : t.numeric().get(c) ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT;
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setAlignment(align);
                p.setSpacingAfter(0);
                run(p, cells.get(c), TABLE_SIZE, head, false, false);
            }
        }
        paragraph(word, ParagraphAlignment.LEFT).setSpacingAfter(0);
    }

    private static void closing(XWPFDocument word, ReportDocument doc) {
        boolean party = doc.style() == DocumentStyle.PARTY;
        paragraph(word, ParagraphAlignment.LEFT);
        XWPFTable table = layoutTable(word, LEFT_COLUMN, CONTENT_WIDTH - LEFT_COLUMN);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        run(cellParagraph(left, ParagraphAlignment.LEFT), "Nơi nhận:", party ? 14 : 12, !party, !party, party);
        for (String r : doc.recipients()) {
            run(cellParagraph(left, ParagraphAlignment.LEFT), r, party ? 12 : 11, false, false, false);
        }
        for (String line : doc.signerTitle()) {
            run(cellParagraph(right, ParagraphAlignment.CENTER), line, 14, true, false, false);
        }
        for (int i = 0; i < 4; i++) {
            cellParagraph(right, ParagraphAlignment.CENTER);
        }
        run(cellParagraph(right, ParagraphAlignment.CENTER), doc.signerName(), 14, true, false, false);
        left.removeParagraph(0);
        right.removeParagraph(0);
    }

    /** A one-row, two-column table without borders, for the blocks laid side by side. */
    private static XWPFTable layoutTable(XWPFDocument word, int leftWidth, int rightWidth) {
        XWPFTable table = word.createTable(1, 2);
        table.removeBorders();
        fixedLayout(table, leftWidth + rightWidth);
        width(table.getRow(0).getCell(0), leftWidth);
        width(table.getRow(0).getCell(1), rightWidth);
        return table;
    }

    private static void fixedLayout(XWPFTable table, int totalWidth) {
        table.setWidth(Integer.toString(totalWidth));
        CTTblLayoutType layout = table.getCTTbl().getTblPr().isSetTblLayout() ? table.getCTTbl().getTblPr().getTblLayout()
                : table.getCTTbl().getTblPr().addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
    }

    private static void width(XWPFTableCell cell, int twips) {
        var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        var w = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(twips));
    }

    /** A short centred line: an empty paragraph with a bottom border, narrowed by indents on both sides. */
    private static void rule(XWPFParagraph p, int indent) {
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        var borders = p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetPBdr() ? p.getCTP().getPPr().getPBdr()
                : p.getCTP().getPPr().addNewPBdr();
        CTBorder bottom = borders.addNewBottom();
        bottom.setVal(STBorder.SINGLE);
        bottom.setSz(BigInteger.valueOf(6));
        bottom.setSpace(BigInteger.ONE);
        bottom.setColor("auto");
        p.setSpacingAfter(60);
    }

    private static XWPFParagraph cellParagraph(XWPFTableCell cell, ParagraphAlignment align) {
        XWPFParagraph p = cell.addParagraph();
        p.setAlignment(align);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        return p;
    }

    private static XWPFParagraph paragraph(XWPFDocument word, ParagraphAlignment align) {
        XWPFParagraph p = word.createParagraph();
        p.setAlignment(align);
        p.setSpacingAfter(120);
        p.setSpacingBetween(1.15, LineSpacingRule.AUTO);
        return p;
    }

    private static void run(XWPFParagraph p, String text, int size, boolean bold, boolean italic, boolean underline) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        if (underline) {
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
        run.setText(text);
    }
}

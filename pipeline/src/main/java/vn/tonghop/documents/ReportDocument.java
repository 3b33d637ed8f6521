package vn.tonghop.documents;

import java.time.LocalDate;
import java.util.List;
import vn.tonghop.catalog.DocumentStyle;

/**
 * One compiled report document as both renderers (Word and HTML for the PDF) draw it: the header
 * blocks of a party or state document, the title, the body and the closing blocks. Plain text only;
 * each renderer decides the typography that the style ({@link DocumentStyle}) asks for.
 *
 * @param issuingBody  lines of the top-left block: superior body, then the issuing body
 * @param numberLine   "Số     -BC/ĐU" with the number left blank for the office
 * @param motto        lines of the top-right block: "ĐẢNG CỘNG SẢN VIỆT NAM", or the two lines of the national motto
 * @param subject      lines of the subject under "BÁO CÁO"
 * @param signerTitle  lines of the signature block's title ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC")
 */
public record ReportDocument(DocumentStyle style, List<String> issuingBody, String numberLine, List<String> motto,
                             String placeAndDate, String documentType, List<String> subject, List<Block> body,
                             List<String> recipients, List<String> signerTitle, String signerName, LocalDate date) {

    /** A piece of the body, in reading order. */
    public sealed interface Block permits Heading, Text, Item, Table {
    }

    /** Level 1: "I. TÌNH HÌNH ..." (capitals, bold); level 2: "1. ..." (bold); level 3: a task or movement (bold italic). */
    public record Heading(int level, String text) implements Block {
    }

    /** A paragraph with its first line indented; {@code italic} for the office's placeholders. */
    public record Text(String text, boolean italic) implements Block {
        public static Text plain(String text) {
            return new Text(text, false);
        }
    }

    /** A dash item "- who: what"; {@code who} (the unit a note comes from) is printed in italics, may be empty. */
    public record Item(String who, String text) implements Block {
    }

    /**
     * A data table with one header row, repeated on every page it runs onto.
     *
     * @param widths   relative column widths
     * @param numeric  columns whose cells are figures (right-aligned)
     */
    public record Table(List<String> header, List<List<String>> rows, List<Integer> widths, List<Boolean> numeric)
            implements Block {
        public Table {
            if (widths.size() != header.size() || numeric.size() != header.size()
                    || rows.stream().anyMatch(r -> r.size() != header.size())) {
                throw new IllegalArgumentException("bảng có số cột không khớp: tiêu đề " + header);
            }
        }
    }
}

package vn.tonghop.planimport;

import java.time.LocalDate;
import java.util.List;

/**
 * What the document's header and preamble say: the document type ("KẾ HOẠCH"), code and symbol,
 * issuing body (as printed in the header block and as named in the preamble), superior body, place and
 * date, title, and the documents the plan implements. Empty strings and nulls are what the text does not say.
 */
record Header(String documentType, String code, String codeAsPrinted, String issuerPrinted, String superiorPrinted,
              String issuerFromPreamble, String place, LocalDate issueDate, String title, List<String> implementsDocs,
              String styleHint, List<SourceNote> notes, List<SourceNote> preamble, List<Paragraph> unplaced,
              List<Finding> findings) {
}

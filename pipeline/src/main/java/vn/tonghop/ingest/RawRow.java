package vn.tonghop.ingest;

/**
 * One data row of a report file as read, before any check. {@code rowNumber} is the row as Excel
 * shows it; {@code shapeProblem} is set when the reader saw the row's cells not fit the header.
 */
public record RawRow(int rowNumber, String unit, String plan, String period, String submitted,
                     String item, String value, String note, String shapeProblem) {
}

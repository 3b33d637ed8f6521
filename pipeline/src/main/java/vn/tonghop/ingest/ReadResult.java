package vn.tonghop.ingest;

/** What a reader got from one file: its format ("csv", "xlsx"), a note on how it was read, and its data rows. */
public record ReadResult(String format, String readNote, RowSource rows) {
}

package vn.tonghop.ingest;

/**
 * One input file's outcome. {@code status}: "da_nhan" (all rows accepted), "co_dong_cach_ly" (some
 * rows quarantined) or "cach_ly_ca_tep" (the whole file, with {@code rejection}).
 */
public record FileRecord(Lineage lineage, long size, long modifiedMillis, String format, String readNote,
                         int rowsRead, int rowsAccepted, int rowsQuarantined, String status, Rejection rejection) {

    public static final String ACCEPTED = "da_nhan";
    public static final String PARTLY = "co_dong_cach_ly";
    public static final String WHOLE_FILE_QUARANTINED = "cach_ly_ca_tep";
}

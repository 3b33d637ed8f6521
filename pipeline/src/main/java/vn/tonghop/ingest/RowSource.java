package vn.tonghop.ingest;

import java.util.List;
import java.util.function.Consumer;

/**
 * The data rows of one report file, in file order. Ingest goes through them twice (first the small
 * facts the submission rules need, then the rows themselves), so a large CSV is read from disk on
 * each pass instead of being held in memory.
 */
@FunctionalInterface
public interface RowSource {
    void forEach(Consumer<RawRow> each) throws FileRejected;

    /** Rows already in memory (an .xlsx workbook, stored rows checked again). */
    static RowSource of(List<RawRow> rows) {
        return rows::forEach;
    }
}

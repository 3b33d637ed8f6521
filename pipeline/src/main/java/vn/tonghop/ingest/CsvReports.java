package vn.tonghop.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.tonghop.vi.Fold;

/**
 * Reads a CSV report: encoding from the BOM (UTF-8 otherwise, strictly), separator (',' ';' or tab)
 * from the header line, and rows after the first row naming ma_don_vi and ma_muc. The rows are
 * streamed from the file on each pass, never collected, so a file of any size fits in memory.
 */
final class CsvReports {
    private static final int SNIFF_BYTES = 64 * 1024;
    private static final char[] SEPARATORS = {',', ';', '\t'};
    private static final java.util.Map<Character, CSVFormat> FORMATS = java.util.Map.of(',', format(','), ';', format(';'), '\t', format('\t'));

    private static CSVFormat format(char separator) {
        return CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(false).setIgnoreSurroundingSpaces(true).get();
    }

    private CsvReports() {
    }

    static ReadResult read(SourceFile file) throws FileRejected {
        byte[] head = head(file);
        if (head.length == 0) {
            throw new FileRejected(Reason.TEP_RONG, file.name() + ": tệp rỗng (0 byte)");
        }
        TextEncoding.Detected encoding = TextEncoding.detect(head);
        if (encoding.bomLength() == 0 && TextEncoding.looksLikeUtf16WithoutBom(head)) {
            throw notUtf8(file, head, null); // NULs between ASCII letters decode as UTF-8, so name it before reading
        }
        char separator;
        try {
            separator = separator(file, head, encoding);
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            throw unreadable(file, head, e);
        }
        String note = encoding.note() + ", phân cách '" + (separator == '\t' ? "tab" : separator) + "'";
        return new ReadResult("csv", note, each -> parse(file, head, encoding, separator, each));
    }

    /** One pass over the file, each data row handed over as it is parsed: nothing but the current row is kept. */
    private static void parse(SourceFile file, byte[] head, TextEncoding.Detected encoding, char separator,
                              Consumer<RawRow> each) throws FileRejected {
        try (Reader reader = open(file, head, encoding);
             CSVParser csv = FORMATS.get(separator).parse(reader)) {
            ReportColumns columns = null;
            for (CSVRecord record : csv) {
                List<String> cells = record.toList();
                int rowNumber = (int) record.getRecordNumber();
                if (cells.stream().anyMatch(c -> c.indexOf('\0') >= 0)) {
                    throw nulByte(file, rowNumber);
                }
                if (ReportColumns.isHeader(cells)) {
                    // a header again (two reports pasted into one file) maps the rows below it
                    columns = ReportColumns.of(cells, file.name(), rowNumber);
                } else if (columns != null && !ReportColumns.isBlank(cells)) {
                    RawRow row = columns.row(rowNumber, cells);
                    try {
                        each.accept(row);
                    } catch (RuntimeException e) {
                        throw new ConsumerFailed(e);
                    }
                }
            }
            if (columns == null) {
                throw noHeader(file);
            }
        } catch (ConsumerFailed e) {
            throw e.failure;
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            throw unreadable(file, head, e);
        }
    }

    /** Carries a failure of whoever takes the rows past the catch meant for the parser's own failures. */
    private static final class ConsumerFailed extends RuntimeException {
        final RuntimeException failure;

        ConsumerFailed(RuntimeException failure) {
            super(failure.getMessage(), failure, false, false);
            this.failure = failure;
        }
    }

    private static FileRejected unreadable(SourceFile file, byte[] head, Exception e) {
        if (e instanceof CharacterCodingException || e.getCause() instanceof CharacterCodingException) {
            return notUtf8(file, head, e);
        }
        return new FileRejected(Reason.TEP_KHONG_DOC_DUOC, file.name() + ": không đọc được tệp CSV: " + e.getMessage(), e);
    }

    private static FileRejected notUtf8(SourceFile file, byte[] head, Exception cause) {
        return new FileRejected(Reason.MA_HOA_KHONG_HO_TRO, file.name() + ": tệp không phải UTF-8 ("
                + TextEncoding.likelyCodePage(head) + "). Hãy mở bằng Excel và lưu lại dạng \"CSV UTF-8\".", cause);
    }

    /** A NUL never occurs in a text report: the file is damaged (written half-way) or not text at all. */
    private static FileRejected nulByte(SourceFile file, int row) {
        return new FileRejected(Reason.TEP_KHONG_DOC_DUOC, file.name() + ", dòng " + row + ": tệp có byte NUL (mã 0),"
                + " không có trong tệp văn bản; tệp có thể bị hỏng (ghi dở, lỗi đĩa) hoặc không phải CSV."
                + " Hãy mở bằng Excel, kiểm tra nội dung và lưu lại dạng \"CSV UTF-8\"");
    }

    static FileRejected noHeader(SourceFile file) {
        return new FileRejected(Reason.KHONG_CO_DONG_TIEU_DE, file.name()
                + ": không tìm thấy dòng tiêu đề có các cột ma_don_vi và ma_muc (cần: "
                + String.join(", ", ReportColumns.REQUIRED) + ", ghi_chu)");
    }

    /** The separator that occurs most in the header line; the header is found by its column names. */
    private static char separator(SourceFile file, byte[] head, TextEncoding.Detected encoding) throws IOException, FileRejected {
        try (BufferedReader reader = new BufferedReader(open(file, head, encoding))) {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.indexOf('\0') >= 0) {
                    throw nulByte(file, lineNumber);
                }
                String folded = Fold.fold(line).replace("_", "");
                if (folded.contains("madonvi") && folded.contains("mamuc")) {
                    char best = ',';
                    long bestCount = -1;
                    for (char c : SEPARATORS) {
                        long n = line.chars().filter(ch -> ch == c).count();
                        if (n > bestCount) {
                            best = c;
                            bestCount = n;
                        }
                    }
                    return best;
                }
            }
        }
        throw noHeader(file);
    }

    /** The file's text; a file smaller than the sniffed head is all in {@code head}, read once, not again per pass. */
    private static Reader open(SourceFile file, byte[] head, TextEncoding.Detected encoding) throws IOException {
        InputStream in = head.length < SNIFF_BYTES ? new java.io.ByteArrayInputStream(head) : Files.newInputStream(file.path());
        in.skipNBytes(encoding.bomLength());
        return new InputStreamReader(in, encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static byte[] head(SourceFile file) throws FileRejected {
        try (InputStream in = Files.newInputStream(file.path())) {
            return in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            throw new FileRejected(Reason.TEP_KHONG_DOC_DUOC, file.name() + ": không mở được tệp: " + e.getMessage(), e);
        }
    }
}

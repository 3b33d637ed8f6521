package vn.tonghop.planimport;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import vn.tonghop.ingest.TextEncoding;

/**
 * The lines of a plan document as read: a .txt file (UTF-8 with or without BOM, UTF-16 with BOM)
 * line by line, or a .docx file paragraph by paragraph ({@link DocxText}). Line numbers start at 1.
 */
record SourceText(String name, String format, List<String> lines) {

    static SourceText read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new PlanImportException("Không có tệp " + file);
        }
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".docx")) {
            return new SourceText(name, "docx", DocxText.lines(file));
        }
        if (!lower.endsWith(".txt")) {
            throw new PlanImportException(name + ": chỉ nhận văn bản .txt hoặc .docx (tệp .doc cũ hãy mở bằng Word và lưu lại dạng .docx)");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PlanImportException("Không đọc được tệp " + file + ": " + e.getMessage(), e);
        }
        return new SourceText(name, "txt", splitLines(decode(name, bytes)));
    }

    static List<String> splitLines(String text) {
        List<String> lines = List.of(text.split("\r\n|\r|\n", -1));
        // a final newline does not start another line
        return !lines.isEmpty() && lines.get(lines.size() - 1).isEmpty() ? lines.subList(0, lines.size() - 1) : lines;
    }

    private static String decode(String name, byte[] bytes) {
        TextEncoding.Detected detected = TextEncoding.detect(bytes);
        Charset charset = detected.charset();
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, detected.bomLength(), bytes.length - detected.bomLength())).toString();
            if (text.indexOf('\0') >= 0) {
                throw new PlanImportException(name + ": tệp có byte NUL, không phải văn bản UTF-8 ("
                        + TextEncoding.likelyCodePage(bytes) + ")");
            }
            return text;
        } catch (CharacterCodingException e) {
            String likely = charset.equals(StandardCharsets.UTF_8) ? " (" + TextEncoding.likelyCodePage(bytes) + ")" : "";
            throw new PlanImportException(name + ": không phải văn bản " + charset.displayName() + likely
                    + "; hãy lưu lại dạng UTF-8 (Notepad: Save As, Encoding UTF-8) hoặc dùng tệp .docx", e);
        }
    }
}

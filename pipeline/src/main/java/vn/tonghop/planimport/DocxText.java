package vn.tonghop.planimport;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of a .docx plan, one line per paragraph in document order (tables cell by cell, as the
 * header block of an official document is often a two-column table), a line break inside a paragraph
 * starting a new line. Word's automatic numbering is not part of the paragraph text, so it is
 * rebuilt ("1.", "a)", "-") from the numbering definitions and put in front of the text.
 */
final class DocxText {
    private DocxText() {
    }

    static List<String> lines(Path file) {
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> lines = new ArrayList<>();
            Numbering numbering = new Numbering();
            for (IBodyElement element : doc.getBodyElements()) {
                addElement(element, lines, numbering);
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            throw new PlanImportException(file.getFileName() + ": không đọc được tệp .docx (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
    }

    private static void addElement(IBodyElement element, List<String> lines, Numbering numbering) {
        if (element instanceof XWPFParagraph p) {
            String text = p.getText();
            String label = numbering.label(p);
            String[] parts = text.split("\r\n|\r|\n|\u000B", -1);
            for (int i = 0; i < parts.length; i++) {
                lines.add(i == 0 && !label.isEmpty() ? label + " " + parts[i] : parts[i]);
            }
        } else if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    for (IBodyElement inner : cell.getBodyElements()) {
                        addElement(inner, lines, numbering);
                    }
                }
            }
        }
    }

    /** Counters of Word's automatic numbering, per list and level, as Word would print them. */
    private static final class Numbering {
        private final Map<BigInteger, int[]> counters = new HashMap<>();

        String label(XWPFParagraph p) {
            BigInteger id = p.getNumID();
            if (id == null || p.getNumFmt() == null) {
                return "";
            }
            int level = p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue();
            int[] c = counters.computeIfAbsent(id, k -> new int[9]);
            if (level < 0 || level >= c.length) {
                return "";
            }
            c[level]++;
            for (int deeper = level + 1; deeper < c.length; deeper++) {
                c[deeper] = 0;
            }
            String format = p.getNumFmt();
            String levelText = p.getNumLevelText() == null ? "%" + (level + 1) + "." : p.getNumLevelText();
            if (format.equals("bullet")) {
                return levelText.isBlank() || levelText.codePointAt(0) >= 0xE000 ? "-" : levelText.strip();
            }
            StringBuilder label = new StringBuilder();
            for (int i = 0; i < levelText.length(); i++) {
                char ch = levelText.charAt(i);
                if (ch == '%' && i + 1 < levelText.length() && Character.isDigit(levelText.charAt(i + 1))) {
                    int which = levelText.charAt(++i) - '1';
                    int value = which >= 0 && which < c.length ? Math.max(c[which], 1) : 1;
                    label.append(which == level ? formatted(value, format) : String.valueOf(value));
                } else {
                    label.append(ch);
                }
            }
            return label.toString().strip();
        }

        private static String formatted(int n, String format) {
            return switch (format) {
                case "lowerLetter" -> String.valueOf((char) ('a' + (n - 1) % 26));
                case "upperLetter" -> String.valueOf((char) ('A' + (n - 1) % 26));
                case "upperRoman" -> Roman.of(n);
                case "lowerRoman" -> Roman.of(n).toLowerCase(java.util.Locale.ROOT);
                default -> String.valueOf(n);
            };
        }
    }
}

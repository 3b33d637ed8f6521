package vn.tonghop.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Decides how to decode a text report from its first bytes: a BOM names UTF-8 or UTF-16;
 * without one the file must be valid UTF-8, and when it is not we name the likely code page.
 */
public final class TextEncoding {
    private TextEncoding() {
    }

    public record Detected(Charset charset, int bomLength, String note) {
    }

    public static Detected detect(byte[] head) {
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return new Detected(StandardCharsets.UTF_8, 3, "UTF-8 có BOM");
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return new Detected(StandardCharsets.UTF_16LE, 2, "UTF-16 LE có BOM (Unicode Text của Excel), đã giải mã");
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return new Detected(StandardCharsets.UTF_16BE, 2, "UTF-16 BE có BOM, đã giải mã");
        }
        return new Detected(StandardCharsets.UTF_8, 0, "UTF-8");
    }

    /** A Vietnamese explanation of which legacy code page these non-UTF-8 bytes most likely are. */
    public static String likelyCodePage(byte[] sample) {
        int combiningMarks1258 = 0;
        int letters1258 = 0;
        int tcvn3 = 0;
        int vni = 0;
        int questionMarksInWords = 0;
        for (int i = 0; i < sample.length; i++) {
            int b = sample[i] & 0xFF;
            boolean afterLetter = i > 0 && Character.isLetter((char) (sample[i - 1] & 0xFF));
            if (afterLetter && (b == 0xCC || b == 0xEC || b == 0xD2 || b == 0xDE || b == 0xF2)) {
                combiningMarks1258++;
            }
            if (b == 0xE3 || b == 0xF5 || b == 0xFD || b == 0xF0 || b == 0xD0 || b == 0xDD || b == 0xD5 || b == 0xC3) {
                letters1258++;
            }
            if (b >= 0xA1 && b <= 0xA7 || b >= 0xAE && b <= 0xBE || b >= 0xC6 && b <= 0xCF && !afterLetter) {
                tcvn3++;
            }
            if (afterLetter && (b == 0xF8 || b == 0xF9 || b == 0xF6 || b == 0xEF || b == 0xFB || b == 0xF7)) {
                vni++;
            }
            if (b == '?' && inWord(sample, i - 1) && inWord(sample, i + 1)) {
                questionMarksInWords++;
            }
        }
        if (looksLikeUtf16WithoutBom(sample)) {
            return "có thể là UTF-16 không có BOM";
        }
        if (questionMarksInWords >= 2) {
            // Excel's "CSV (Comma delimited)" on a non-Vietnamese Windows writes '?' for letters it cannot encode
            return "có thể là bảng mã Windows-1252; các chữ tiếng Việt không có trong bảng mã này đã bị thay bằng dấu '?'"
                    + " nên phải lưu lại từ tệp gốc";
        }
        if (combiningMarks1258 > 0 && combiningMarks1258 + letters1258 >= Math.max(tcvn3, vni)) {
            return "có thể là bảng mã Windows-1258 (tiếng Việt của Windows)";
        }
        if (vni > tcvn3 && vni > 0) {
            return "có thể là bảng mã VNI (VNI-Windows)";
        }
        if (tcvn3 > 0) {
            return "có thể là bảng mã TCVN3 (ABC)";
        }
        return "có thể là bảng mã Windows-1252 hoặc một bảng mã tiếng Việt cũ (TCVN3, VNI)";
    }

    /** A letter (in a one-byte code page) or another '?' at this offset: a '?' there stands inside a word. */
    private static boolean inWord(byte[] sample, int i) {
        return i >= 0 && i < sample.length && (sample[i] == '?' || Character.isLetter((char) (sample[i] & 0xFF)));
    }

    /**
     * UTF-16 text of mostly ASCII letters has a NUL in every other byte, all at even or all at odd
     * offsets; a run of NULs (a file padded after a crash) has as many at both.
     */
    static boolean looksLikeUtf16WithoutBom(byte[] sample) {
        int even = 0;
        int odd = 0;
        for (int i = 0; i < sample.length; i++) {
            if (sample[i] == 0) {
                if (i % 2 == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        int more = Math.max(even, odd);
        return more > sample.length / 4 && Math.min(even, odd) < more / 10;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

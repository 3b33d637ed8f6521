package vn.tonghop.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import vn.tonghop.common.Hashing;

/**
 * A hash of the program and its templates: a new version of tonghop, or an edited template,
 * must rebuild the site even when no report changed.
 */
final class ProgramFingerprint {
    private ProgramFingerprint() {
    }

    static String of(Path templates) {
        MessageDigest digest = Hashing.sha256();
        try {
            Path code = Path.of(ProgramFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path root : List.of(code, templates)) {
                for (Path file : files(root)) {
                    digest.update(root.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    digest.update(Hashing.sha256(file).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                }
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Không xác định được vị trí chương trình", e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The regular files under a folder in a stable order, or the file itself (a jar). */
    private static List<Path> files(Path root) {
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được " + root + ": " + e.getMessage(), e);
        }
    }
}

package vn.tonghop.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of files and strings, as lower-case hex. */
public final class Hashing {
    private Hashing() {
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    public static String sha256(Path file) {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String sha256(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * One hash of the given classes' own class files: part of a cache key, so a new version of
     * the code that makes a cached file never serves the old one.
     */
    public static String classFiles(java.util.List<Class<?>> classes) {
        StringBuilder all = new StringBuilder();
        for (Class<?> c : classes) {
            try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
                all.append(in == null ? c.getName() : HexFormat.of().formatHex(sha256().digest(in.readAllBytes())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sha256(all.toString());
    }
}

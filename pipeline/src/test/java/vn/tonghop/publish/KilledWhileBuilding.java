package vn.tonghop.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Child JVM main: publishes a site whose build writes half its pages, prints "building" and then
 * waits inside the build, where the test kills it.
 */
public final class KilledWhileBuilding {
    private KilledWhileBuilding() {
    }

    public static void main(String[] args) {
        new Publisher(Path.of(args[0])).publish(staging -> {
            try {
                Files.createDirectories(staging);
                Files.writeString(staging.resolve("index.html"), "<p>nửa chừng</p>", StandardCharsets.UTF_8);
                System.out.println("building");
                System.out.flush();
                while (System.in.read() >= 0) {
                    // never finishes on its own
                }
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}

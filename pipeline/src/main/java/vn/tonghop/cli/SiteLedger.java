package vn.tonghop.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;

/**
 * For the release served now: the program that built it and, per file, a hash of what the file was
 * made from, so the next build can reuse what did not change. Kept in the state folder, never in
 * the published site.
 */
record SiteLedger(String release, String program, Map<String, String> keys) {
    static final String FILE = "trang-web.json";

    static Optional<SiteLedger> load(Path stateFolder) {
        Path file = stateFolder.resolve(FILE);
        try {
            return Files.isRegularFile(file) ? Optional.of(mapper().readValue(file.toFile(), SiteLedger.class)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // unreadable: rebuild every file, which is always correct
        }
    }

    void save(Path stateFolder) {
        try {
            Files.createDirectories(stateFolder);
            Path temp = stateFolder.resolve(FILE + ".tmp");
            mapper().writeValue(temp.toFile(), this);
            Files.move(temp, stateFolder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Không ghi được " + stateFolder.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}

package vn.tonghop.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The store's visible state: which batch files exist, replaced in one atomic write. Files not named
 * here (a crashed write) are invisible. {@code catalogFingerprint} and {@code asOf} are what the
 * quarantine was last checked against.
 */
public record Manifest(String format, int formatVersion, int sequence, String catalogFingerprint, String asOf,
                       List<Batch> batches) {
    public static final String FORMAT = "tonghop-store";
    public static final int FORMAT_VERSION = 1;

    /** One committed write. {@code supersedes}: file hashes whose rows in earlier batches this batch replaces. */
    public record Batch(String id, int sequence, String kind, String createdAt, List<DataFile> files, List<String> supersedes) {
    }

    public record DataFile(String dataset, String path, long rows) {
    }

    static Manifest empty() {
        return new Manifest(FORMAT, FORMAT_VERSION, 0, null, null, List.of());
    }

    Manifest with(Batch batch, String fingerprint, String asOfDate) {
        List<Batch> all = new ArrayList<>(batches);
        if (batch != null) {
            all.add(batch);
        }
        return new Manifest(FORMAT, FORMAT_VERSION, sequence + 1, fingerprint, asOfDate, all);
    }

    /** For each superseded file hash, the sequence of the latest batch that replaced it. */
    Map<String, Integer> supersededAt() {
        Map<String, Integer> at = new HashMap<>();
        for (Batch b : batches) {
            b.supersedes().forEach(h -> at.merge(h, b.sequence(), Math::max));
        }
        return at;
    }

    public List<DataFile> files(String dataset) {
        return batches.stream().flatMap(b -> b.files().stream()).filter(f -> f.dataset().equals(dataset)).toList();
    }
}

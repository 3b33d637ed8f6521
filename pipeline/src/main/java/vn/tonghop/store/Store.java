package vn.tonghop.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import vn.tonghop.ingest.Reason;
import vn.tonghop.ingest.ReportRow;

/**
 * The Parquet store: immutable batch files plus a manifest replaced in one atomic step
 * ({@code _manifest/vNNNNNNNN.json}, highest wins). A crash before the manifest is written leaves
 * the store as it was. Works on any Hadoop file system (local, HDFS, S3-compatible).
 */
public final class Store {
    public static final String ACCEPTED = "accepted";
    public static final String QUARANTINE = "quarantine";
    public static final String FILES = "files";
    public static final String SUBMISSIONS = "submissions";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path root;
    private final FileSystem fs;
    private final Configuration conf;

    private Store(Path root, FileSystem fs, Configuration conf) {
        this.root = root;
        this.fs = fs;
        this.conf = conf;
    }

    /** Opens (creating if needed) the store at a local folder or a Hadoop URI. */
    public static Store open(String location) {
        Configuration conf = new Configuration();
        Path root = location.contains("://") ? new Path(location) : new Path(java.nio.file.Path.of(location).toAbsolutePath().toUri());
        try {
            FileSystem fs = root.getFileSystem(conf);
            fs.setWriteChecksum(false);
            fs.mkdirs(new Path(root, "_manifest"));
            Store store = new Store(root, fs, conf);
            store.manifest(); // refuse a newer format at once
            return store;
        } catch (IOException e) {
            throw new StoreException("Không mở được kho dữ liệu " + location + ": " + e.getMessage(), e);
        }
    }

    public String root() {
        return root.toString();
    }

    Path path(String relative) {
        return new Path(root, relative);
    }

    FileSystem fs() {
        return fs;
    }

    Configuration conf() {
        return conf;
    }

    public Manifest manifest() {
        try {
            FileStatus[] versions = fs.listStatus(new Path(root, "_manifest"), p -> p.getName().matches("v\\d{8}\\.json"));
            if (versions.length == 0) {
                return Manifest.empty();
            }
            FileStatus latest = java.util.Arrays.stream(versions).max(Comparator.comparing(s -> s.getPath().getName())).orElseThrow();
            try (InputStream in = fs.open(latest.getPath())) {
                Manifest m = JSON.readValue(in, Manifest.class);
                if (!Manifest.FORMAT.equals(m.format()) || m.formatVersion() > Manifest.FORMAT_VERSION) {
                    throw new StoreException("Kho dữ liệu " + root + " có định dạng " + m.format() + " phiên bản " + m.formatVersion()
                            + ", mới hơn phiên bản " + Manifest.FORMAT_VERSION + " mà bản tonghop này đọc được; hãy cập nhật tonghop.");
                }
                return m;
            }
        } catch (IOException e) {
            throw new StoreException("Không đọc được sổ kê (manifest) của kho " + root + ": " + e.getMessage(), e);
        }
    }

    /** Replaces the manifest in one step: a new file is written aside, then renamed into place. */
    void writeManifest(Manifest next) {
        Path target = new Path(root, String.format("_manifest/v%08d.json", next.sequence()));
        Path temp = new Path(root, String.format("_manifest/_v%08d.json.tmp", next.sequence()));
        try {
            try (OutputStream out = fs.create(temp, true)) {
                JSON.writeValue(out, next);
            }
            if (fs.exists(target) || !fs.rename(temp, target)) {
                throw new StoreException("Không ghi được sổ kê " + target + " (có thể một lần chạy khác đang ghi kho)");
            }
        } catch (IOException e) {
            throw new StoreException("Không ghi được sổ kê " + target + ": " + e.getMessage(), e);
        }
    }

    /** Starts a batch; nothing it writes is visible until {@link BatchWriter#commit}. */
    public BatchWriter begin(String kind, Instant now) {
        Manifest current = manifest();
        int sequence = current.batches().stream().mapToInt(Manifest.Batch::sequence).max().orElse(0) + 1;
        return new BatchWriter(this, current, String.format("b%08d", sequence), sequence, kind, now);
    }

    /** Records what the quarantine was last checked against, without a new batch. */
    public void recordChecks(String catalogFingerprint, LocalDate asOf) {
        Manifest current = manifest();
        writeManifest(current.with(null, catalogFingerprint, asOf.toString()));
    }

    /** Rows of a dataset as stored, with rows replaced by a later batch left out. Driver-side, for small tables. */
    public List<Map<String, Object>> readLive(String dataset, TableSchema schema, Predicate<Manifest.DataFile> which) {
        List<Map<String, Object>> out = new ArrayList<>();
        forEachLive(dataset, schema, which, out::add);
        return out;
    }

    /**
     * The rows {@link #readLive} returns, handed over one at a time in the same order: a year of
     * national-size reports is millions of rows, more than a heap holds as maps.
     */
    public void forEachLive(String dataset, TableSchema schema, Predicate<Manifest.DataFile> which,
                            Consumer<Map<String, Object>> action) {
        Manifest m = manifest();
        Map<String, Integer> supersededAt = m.supersededAt();
        for (Manifest.Batch b : m.batches()) {
            for (Manifest.DataFile f : b.files()) {
                if (!f.dataset().equals(dataset) || !which.test(f)) {
                    continue;
                }
                try {
                    ParquetIO.forEach(path(f.path()), schema, conf, row -> {
                        Integer replaced = supersededAt.get((String) row.get("ma_bam_tep"));
                        if (replaced == null || b.sequence() >= replaced) {
                            action.accept(row);
                        }
                    });
                } catch (IOException e) {
                    throw new StoreException("Không đọc được tệp " + f.path() + " của kho: " + e.getMessage(), e);
                }
            }
        }
    }

    public Set<String> knownFileHashes() {
        Set<String> hashes = new HashSet<>();
        readLive(FILES, StoreSchemas.FILES, f -> true).forEach(r -> hashes.add((String) r.get("ma_bam_tep")));
        return hashes;
    }

    /** unit|plan|period of every report that has a counted submission. */
    public Set<String> knownReportKeys() {
        Set<String> keys = new HashSet<>();
        readLive(SUBMISSIONS, StoreSchemas.SUBMISSIONS, f -> true).stream()
                .filter(r -> ((Integer) r.get("so_dong_nhan")) > 0)
                .forEach(r -> keys.add(r.get("ma_don_vi") + "|" + r.get("ma_ke_hoach") + "|" + r.get("ky_bao_cao")));
        return keys;
    }

    /**
     * Every stored row (accepted and quarantined) of the files that have a quarantined row whose
     * reason depends on the catalog or the as-of date: what must be checked again when either changes.
     */
    public List<ReportRow> rowsToRecheck() {
        Set<String> hashes = new HashSet<>();
        readLive(QUARANTINE, StoreSchemas.ROWS, f -> true).stream()
                .filter(r -> Reason.valueOf((String) r.get("ma_ly_do")).recheckable())
                .forEach(r -> hashes.add((String) r.get("ma_bam_tep")));
        if (hashes.isEmpty()) {
            return List.of();
        }
        List<ReportRow> rows = new ArrayList<>();
        for (String dataset : List.of(ACCEPTED, QUARANTINE)) {
            readLive(dataset, StoreSchemas.ROWS, f -> true).stream()
                    .filter(r -> hashes.contains((String) r.get("ma_bam_tep")))
                    .forEach(r -> rows.add(StoreSchemas.reportRow(r)));
        }
        return rows;
    }
}

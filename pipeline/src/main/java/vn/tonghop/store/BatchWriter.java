package vn.tonghop.store;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import vn.tonghop.common.CrashPoint;
import vn.tonghop.ingest.FileRecord;
import vn.tonghop.ingest.ReportRow;
import vn.tonghop.ingest.RowSink;
import vn.tonghop.ingest.SubmissionRecord;

/**
 * Writes one batch: one Parquet file per dataset and partition, named after the batch. Rows stream
 * into open files; {@link #commit} closes them and publishes the batch in a new manifest.
 */
public final class BatchWriter implements RowSink, AutoCloseable {
    private final Store store;
    private final Manifest base;
    private final String batchId;
    private final int sequence;
    private final String kind;
    private final Instant createdAt;
    private final Map<String, ParquetIO.Writer> open = new LinkedHashMap<>();
    private final Map<String, String> datasetOfPath = new LinkedHashMap<>();
    private final List<String> supersedes = new ArrayList<>();
    private boolean finished;

    BatchWriter(Store store, Manifest base, String batchId, int sequence, String kind, Instant createdAt) {
        this.store = store;
        this.base = base;
        this.batchId = batchId;
        this.sequence = sequence;
        this.kind = kind;
        this.createdAt = createdAt;
        removeLeftovers();
    }

    public String batchId() {
        return batchId;
    }

    public int sequence() {
        return sequence;
    }

    /** Rows of these files in earlier batches are replaced by this batch's rows. */
    public void supersede(String fileHash) {
        supersedes.add(fileHash);
    }

    @Override
    public void row(ReportRow row) {
        String dataset = row.accepted() ? Store.ACCEPTED : Store.QUARANTINE;
        write(dataset, dataset + "/" + StoreSchemas.partitionOf(row) + "/" + batchId + ".parquet", StoreSchemas.ROWS,
                StoreSchemas.values(row));
    }

    @Override
    public void file(FileRecord file) {
        write(Store.FILES, Store.FILES + "/" + batchId + ".parquet", StoreSchemas.FILES, StoreSchemas.values(file));
    }

    @Override
    public void submission(SubmissionRecord submission) {
        write(Store.SUBMISSIONS, Store.SUBMISSIONS + "/" + batchId + ".parquet", StoreSchemas.SUBMISSIONS,
                StoreSchemas.values(submission));
    }

    private void write(String dataset, String relative, TableSchema schema, Map<String, Object> values) {
        try {
            ParquetIO.Writer writer = open.get(relative);
            if (writer == null) {
                writer = new ParquetIO.Writer(store.path(relative), schema, store.conf());
                open.put(relative, writer);
                datasetOfPath.put(relative, dataset);
            }
            writer.write(values);
        } catch (IOException e) {
            throw new StoreException("Không ghi được " + relative + " vào kho " + store.root() + ": " + e.getMessage(), e);
        }
    }

    /** Publishes the batch (if it wrote anything) and what the quarantine was checked against. */
    public void commit(String catalogFingerprint, LocalDate asOf) {
        List<Manifest.DataFile> files = new ArrayList<>();
        try {
            for (Map.Entry<String, ParquetIO.Writer> e : open.entrySet()) {
                e.getValue().close();
                files.add(new Manifest.DataFile(datasetOfPath.get(e.getKey()), e.getKey(), e.getValue().rows()));
            }
        } catch (IOException e) {
            throw new StoreException("Không ghi xong lô " + batchId + ": " + e.getMessage(), e);
        } finally {
            finished = true;
        }
        boolean empty = files.isEmpty() && supersedes.isEmpty();
        if (empty && catalogFingerprint.equals(base.catalogFingerprint()) && asOf.toString().equals(base.asOf())) {
            return; // nothing new: the store stays byte for byte as it was
        }
        Manifest.Batch batch = empty ? null
                : new Manifest.Batch(batchId, sequence, kind, createdAt.toString(), files, List.copyOf(supersedes));
        CrashPoint.reach(CrashPoint.AFTER_INGEST_BATCH);
        store.writeManifest(base.with(batch, catalogFingerprint, asOf.toString()));
    }

    /** Closes without publishing; whatever was written stays invisible and is removed. */
    @Override
    public void close() {
        if (finished) {
            return;
        }
        finished = true;
        for (ParquetIO.Writer w : open.values()) {
            try {
                w.close();
            } catch (IOException | RuntimeException ignored) {
                // the files are deleted next; a failed close changes nothing visible
            }
        }
        removeLeftovers();
    }

    /** Deletes files named after this batch id: leftovers of a crashed attempt, never in any manifest. */
    private void removeLeftovers() {
        try {
            for (String dataset : List.of(Store.ACCEPTED, Store.QUARANTINE, Store.FILES, Store.SUBMISSIONS)) {
                Path dir = store.path(dataset);
                if (!store.fs().exists(dir)) {
                    continue;
                }
                RemoteIterator<LocatedFileStatus> it = store.fs().listFiles(dir, true);
                List<Path> stale = new ArrayList<>();
                while (it.hasNext()) {
                    FileStatus s = it.next();
                    if (s.getPath().getName().startsWith(batchId)) {
                        stale.add(s.getPath());
                    }
                }
                for (Path p : stale) {
                    store.fs().delete(p, false);
                }
            }
        } catch (IOException e) {
            throw new StoreException("Không dọn được tệp dở dang của lô " + batchId + ": " + e.getMessage(), e);
        }
    }
}

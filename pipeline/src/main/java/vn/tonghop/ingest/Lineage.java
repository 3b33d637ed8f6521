package vn.tonghop.ingest;

import java.time.Instant;

/** Where a row came from: the file, its content hash, the batch that ingested it and when, in what order. */
public record Lineage(String sourceFile, String fileHash, String batchId, long ingestSeq, Instant ingestedAt) {
}

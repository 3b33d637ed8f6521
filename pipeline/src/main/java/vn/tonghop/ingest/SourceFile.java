package vn.tonghop.ingest;

import java.nio.file.Path;

/** An input file: where it is, the name shown in messages (relative to its inbox), size and content hash. */
public record SourceFile(Path path, String name, long size, long modifiedMillis, String sha256) {
}

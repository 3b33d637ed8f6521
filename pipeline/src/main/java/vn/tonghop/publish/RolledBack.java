package vn.tonghop.publish;

import java.nio.file.Path;

/**
 * A rollback: the site now serves {@code to}; {@code from}, the release it served before, waits in
 * {@code setAside} until the next publish removes it.
 */
public record RolledBack(ReleaseId from, ReleaseId to, Path setAside) {
}

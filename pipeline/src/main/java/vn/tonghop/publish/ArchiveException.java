package vn.tonghop.publish;

/** Freezing a year cannot go on (already frozen, nothing published, a failed copy); the message (Vietnamese) says why. */
public final class ArchiveException extends RuntimeException {
    ArchiveException(String message) {
        super(message);
    }

    ArchiveException(String message, Throwable cause) {
        super(message, cause);
    }
}

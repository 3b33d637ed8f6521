package vn.tonghop.ingest;

/** A whole file cannot be read as a report; it is quarantined with this reason. */
public final class FileRejected extends Exception {
    private final Reason reason;

    public FileRejected(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public FileRejected(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

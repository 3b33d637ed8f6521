package vn.tonghop.planimport;

/** A plan document that cannot be read at all (missing, not .txt/.docx, not UTF-8, a broken .docx). */
public final class PlanImportException extends RuntimeException {
    public PlanImportException(String message) {
        super(message);
    }

    public PlanImportException(String message, Throwable cause) {
        super(message, cause);
    }
}

package vn.tonghop.store;

/** The store cannot be read or written; the message says which path and why, in Vietnamese. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}

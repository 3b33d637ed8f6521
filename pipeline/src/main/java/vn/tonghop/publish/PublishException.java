package vn.tonghop.publish;

/** Publishing or rolling back cannot go on; the message (Vietnamese) says why and what is served now. */
public final class PublishException extends RuntimeException {
    PublishException(String message) {
        super(message);
    }

    PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}

package vn.tonghop.ingest;

/** Why a row or file was quarantined: a stable reason code, the field at fault and a full Vietnamese message. */
public record Rejection(Reason reason, String field, String message) {
}

package vn.tonghop.cli;

/** Bad configuration: a missing folder, an unreadable config file, a bad option value. */
final class ConfigException extends RuntimeException {
    ConfigException(String message) {
        super(message);
    }
}

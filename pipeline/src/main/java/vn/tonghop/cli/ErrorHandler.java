package vn.tonghop.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import vn.tonghop.catalog.CatalogException;
import vn.tonghop.publish.LockHeldException;
import vn.tonghop.publish.PublishException;
import vn.tonghop.store.StoreException;

/** Maps failures to documented exit codes with a message for people; a stack trace only for bugs. */
final class ErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        var err = cli.getErr();
        if (e instanceof CatalogException || e instanceof ConfigException) {
            err.println("Lỗi cấu hình: " + e.getMessage());
            return ExitCode.BAD_CONFIGURATION;
        }
        if (e instanceof LockHeldException) {
            err.println(e.getMessage());
            return ExitCode.LOCKED;
        }
        if (e instanceof PublishException) {
            err.println("Lỗi công bố: " + e.getMessage());
            return ExitCode.FAILURE;
        }
        if (e instanceof StoreException) {
            err.println("Lỗi kho dữ liệu: " + e.getMessage());
            return ExitCode.FAILURE;
        }
        if (e instanceof java.io.UncheckedIOException io) {
            err.println("Lỗi đọc/ghi tệp: " + (io.getCause() != null && io.getCause().getMessage() != null
                    ? io.getCause().getMessage() : io.getMessage()));
            return ExitCode.FAILURE;
        }
        err.println("Lỗi không mong đợi (" + e.getClass().getName() + "): " + e.getMessage());
        e.printStackTrace(err);
        return ExitCode.FAILURE;
    }
}

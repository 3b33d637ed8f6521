package vn.tonghop.cli;

import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import vn.tonghop.catalog.CatalogException;
import vn.tonghop.publish.ArchiveException;
import vn.tonghop.publish.LockHeldException;
import vn.tonghop.publish.PublishException;
import vn.tonghop.store.StoreException;

/** Maps failures to documented exit codes with a message for people; a stack trace only for bugs. */
final class ErrorHandler implements IExecutionExceptionHandler {
    /** How the operating system reports a full disk (ENOSPC) or an exhausted quota (EDQUOT) through Java. */
    private static final String[] DISK_FULL = {"No space left on device", "Disk quota exceeded"};

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
        if (diskFull(e)) {
            err.println("Ổ đĩa đã đầy: " + ioMessage(e));
            err.println("Phần đang ghi dở không được công bố: trang web, bộ dữ liệu và kho vẫn giữ bản hoàn chỉnh gần nhất. "
                    + "Hãy giải phóng dung lượng ổ đĩa rồi chạy lại; lần chạy sau tự dọn phần dở dang.");
            return ExitCode.FAILURE;
        }
        if (e instanceof ArchiveException) {
            err.println("Lỗi lưu trữ: " + e.getMessage());
            return ExitCode.FAILURE;
        }
        if (e instanceof PublishException) {
            err.println("Lỗi công bố: " + e.getMessage());
            return ExitCode.FAILURE;
        }
        if (e instanceof StoreException) {
            err.println("Lỗi kho dữ liệu: " + e.getMessage());
            return ExitCode.FAILURE;
        }
        if (e instanceof UncheckedIOException) {
            err.println("Lỗi đọc/ghi tệp: " + ioMessage(e));
            return ExitCode.FAILURE;
        }
        err.println("Lỗi không mong đợi (" + e.getClass().getName() + "): " + e.getMessage());
        e.printStackTrace(err);
        return ExitCode.FAILURE;
    }

    /** Our own message when we wrote one (it names the file or folder), else the cause's. */
    private static String ioMessage(Exception e) {
        Throwable cause = e.getCause();
        boolean bare = e instanceof UncheckedIOException && cause != null && String.valueOf(cause).equals(e.getMessage());
        return bare && cause.getMessage() != null ? cause.getMessage() : e.getMessage();
    }

    /** True when any cause is the operating system saying the disk (or the quota) is full, whichever stage wrote. */
    static boolean diskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            for (String text : DISK_FULL) {
                if (message != null && message.contains(text)) {
                    return true;
                }
            }
        }
        return false;
    }
}

package vn.tonghop.publish;

import java.nio.file.Path;

/** Another run holds the lock; the message (Vietnamese) names the lock file and the holder's pid. */
public final class LockHeldException extends RuntimeException {
    private final Path lockFile;
    private final String holderPid;

    LockHeldException(Path lockFile, String holderPid) {
        super("Một lần chạy khác đang giữ khóa " + lockFile + " (pid " + holderPid + "); lần chạy này dừng lại, "
                + "không thay đổi gì. Khóa được hệ điều hành tự nhả khi lần chạy kia kết thúc, kể cả khi bị dừng đột ngột.");
        this.lockFile = lockFile;
        this.holderPid = holderPid;
    }

    public Path lockFile() {
        return lockFile;
    }

    /** As written by the holder, for people only; "không rõ" if it had not written it yet. */
    public String holderPid() {
        return holderPid;
    }
}

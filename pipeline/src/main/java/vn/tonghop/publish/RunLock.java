package vn.tonghop.publish;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * One run at a time: an exclusive {@link FileChannel#tryLock()} on a lock file. The operating system
 * releases it when the holder exits or is killed, so nothing is ever guessed from timestamps or pids;
 * the pid written into the file is for people only. The file itself is never deleted (a process
 * could be locking the old file while another creates a new one).
 *
 * <p>On Linux these are POSIX record locks, owned by the process: closing <em>any</em> descriptor of
 * the file releases every lock the JVM holds on it. So each lock file gets one channel per JVM, opened
 * once and never closed; a second attempt in the same JVM meets {@link OverlappingFileLockException}.
 */
public final class RunLock implements AutoCloseable {
    private static final Map<Path, FileChannel> CHANNELS = new HashMap<>();
    private static final String UNKNOWN_PID = "không rõ";

    private final Path file;
    private final FileLock lock;

    private RunLock(Path file, FileLock lock) {
        this.file = file;
        this.lock = lock;
    }

    /** Takes the lock or throws {@link LockHeldException} at once; never waits. */
    public static synchronized RunLock acquire(Path lockFile) {
        Path file = canonical(lockFile);
        try {
            FileChannel channel = channel(file);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException alreadyHere) {
                lock = null;
            }
            if (lock == null) {
                throw new LockHeldException(file, holderPid(channel));
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            return new RunLock(file, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("Không mở được tệp khóa " + file + ": " + e, e);
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        synchronized (RunLock.class) {
            try {
                if (lock.isValid()) {
                    lock.channel().truncate(0);
                    lock.release();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Không nhả được khóa " + file + ": " + e, e);
            }
        }
    }

    private static FileChannel channel(Path file) throws IOException {
        FileChannel open = CHANNELS.get(file);
        if (open == null || !open.isOpen()) {
            Files.createDirectories(file.getParent());
            open = FileChannel.open(file, CREATE, READ, WRITE);
            CHANNELS.put(file, open);
        }
        return open;
    }

    /** Read through the same channel: opening the file again would risk releasing our own lock. */
    private static String holderPid(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(32);
        channel.read(buffer, 0);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).trim();
        return text.matches("\\d+") ? text : UNKNOWN_PID;
    }

    /** One key per file however it is spelled, so the same file always gets the same channel. */
    private static Path canonical(Path lockFile) {
        Path absolute = lockFile.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
            return absolute.getParent().toRealPath().resolve(absolute.getFileName());
        } catch (IOException e) {
            throw new UncheckedIOException("Không tạo được thư mục cho tệp khóa " + absolute + ": " + e, e);
        }
    }
}

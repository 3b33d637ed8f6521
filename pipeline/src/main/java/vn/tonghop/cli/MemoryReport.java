package vn.tonghop.cli;

import java.io.IOException;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import vn.tonghop.vi.ViFormat;

/**
 * Peak memory of this process, for the benchmark (-Dtonghop.memory=true): the heap's peak (summed
 * over its pools' peaks, an upper bound), the largest heap still in use just after a collection (what
 * the job needs: with a large maximum the JVM lets garbage pile up, so the peak and RSS grow with the
 * maximum), and the peak resident set size the kernel recorded (VmHWM).
 */
final class MemoryReport {
    private MemoryReport() {
    }

    private static final AtomicLong LIVE_PEAK = new AtomicLong();

    static boolean wanted() {
        return Boolean.getBoolean("tonghop.memory");
    }

    /** Starts recording the heap in use after each collection. */
    static void watch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                        long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
                        LIVE_PEAK.accumulateAndGet(used, Math::max);
                    }
                }, null, null);
            }
        }
    }

    static String line() {
        long heapPeak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long heapMax = Runtime.getRuntime().maxMemory();
        return "Bộ nhớ: heap cao nhất " + mib(heapPeak) + " MiB (tối đa cho phép " + mib(heapMax) + " MiB), còn dùng sau thu gom cao nhất "
                + mib(LIVE_PEAK.get()) + " MiB, RSS cao nhất " + residentPeak() + ".";
    }

    private static String residentPeak() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                    .map(l -> mib(Long.parseLong(l.replaceAll("\\D", "")) * 1024) + " MiB").findFirst().orElse("không rõ");
        } catch (IOException | NumberFormatException e) {
            return "không rõ (" + e.getMessage() + ")";
        }
    }

    private static String mib(long bytes) {
        return ViFormat.integer(bytes / (1024 * 1024));
    }
}

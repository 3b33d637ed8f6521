package vn.tonghop.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.tonghop.vi.ViFormat;

/**
 * Peak memory of this process, for the benchmark (-Dtonghop.memory=true): the heap's peak (summed
 * over its pools' peaks, an upper bound) and the peak resident set size the kernel recorded (VmHWM).
 */
final class MemoryReport {
    private MemoryReport() {
    }

    static boolean wanted() {
        return Boolean.getBoolean("tonghop.memory");
    }

    static String line() {
        long heapPeak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long heapMax = Runtime.getRuntime().maxMemory();
        return "Bộ nhớ: heap cao nhất " + mib(heapPeak) + " MiB (tối đa cho phép " + mib(heapMax) + " MiB), RSS cao nhất "
                + residentPeak() + ".";
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

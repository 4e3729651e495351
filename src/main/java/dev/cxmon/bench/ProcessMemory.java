package dev.cxmon.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The resident memory of this process (heap, metaspace, code, thread stacks, direct buffers: what a pod pays for). */
final class ProcessMemory {

    private ProcessMemory() {}

    /** VmRSS from /proc/self/status in MB, or NaN where there is no /proc (not Linux). */
    static double residentMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }
}

package dev.cxmon.cxone;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Reads an answer's body with two bounds: no more than {@code maxBytes} (see {@link AnswerLimits}), and no later than
 * a deadline. The
 * client's read timeout alone only notices silence; a server that sends a byte every second never trips it.
 */
final class BoundedBody {

    private static final int CHUNK = 64 * 1024;
    private static final int HEAD_BYTES = 1024;

    /** Why the body was not read whole; {@code partial} is what arrived, for evidence. */
    static final class Abandoned extends IOException {
        private final FailureCause cause;
        private final String partial;

        Abandoned(FailureCause cause, String message, String partial) {
            super(message);
            this.cause = cause;
            this.partial = partial;
        }

        FailureCause failureCause() {
            return cause;
        }

        String partial() {
            return partial;
        }
    }

    private BoundedBody() {}

    /**
     * @param deadlineNanos in {@code nanoTime}'s terms; checked after every chunk, so a stalled stream still
     *                      ends by the transport's own idle timeout
     */
    static String read(InputStream in, int maxBytes, long deadlineNanos, LongSupplier nanoTime, long budgetMillis) throws IOException {
        // Copies of what arrived rather than a growing array: an abandoned body costs at most maxBytes, not twice that.
        List<byte[]> parts = new ArrayList<>();
        byte[] buffer = new byte[CHUNK];
        int total = 0;
        for (int n; (n = in.read(buffer, 0, Math.min(CHUNK, maxBytes + 1 - total))) != -1; ) {
            parts.add(Arrays.copyOf(buffer, n));
            total += n;
            if (total > maxBytes) {
                throw new Abandoned(FailureCause.BODY_TOO_LARGE, "answer larger than " + size(maxBytes)
                        + ": stopped reading; this CXone call returns far less (a proxy, a wrong URL or a broken server)", head(parts));
            }
            if (nanoTime.getAsLong() - deadlineNanos > 0) {
                throw new Abandoned(FailureCause.TIMEOUT, "answer still arriving after " + budgetMillis + " ms, the read timeout ("
                        + total + " bytes so far): stopped reading", head(parts));
            }
        }
        byte[] body = new byte[total];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, body, at, part.length);
            at += part.length;
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    private static String size(int bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes / 1024 + " KiB";
    }

    private static String head(List<byte[]> parts) {
        byte[] head = new byte[HEAD_BYTES];
        int at = 0;
        for (int i = 0; i < parts.size() && at < HEAD_BYTES; i++) {
            int n = Math.min(parts.get(i).length, HEAD_BYTES - at);
            System.arraycopy(parts.get(i), 0, head, at, n);
            at += n;
        }
        return new String(head, 0, at, StandardCharsets.UTF_8);
    }
}

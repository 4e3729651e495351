package dev.cxmon.simulator;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The fault bodies that are a stream rather than a string: a body that trickles, and one too large to hold.
 * Both stop as soon as the client hangs up, and count what they sent so a test can tell how much a client read.
 */
final class StreamedFaultBodies {

    static final long OVERSIZED_BYTES = 50L * 1024 * 1024;
    private static final String RECORD = "{\"agentId\":\"1001\",\"agentStateId\":\"1\",\"agentStateName\":\"Available\","
            + "\"startDate\":\"2026-11-25T10:00:00.000Z\",\"teamName\":\"Padding Team\"},";
    private static final Buffer OVERSIZED_CHUNK = Buffer.buffer(RECORD.repeat(64 * 1024 / RECORD.length()));

    static final long MANY_EMPTY_RECORDS_BYTES = 16_500_000L;
    private static final Buffer EMPTY_RECORDS_CHUNK = Buffer.buffer("{},".repeat(64 * 1024 / 3));

    private final Vertx vertx;
    private final LongAdder bytesSent;

    StreamedFaultBodies(Vertx vertx, LongAdder bytesSent) {
        this.vertx = vertx;
        this.bytesSent = bytesSent;
    }

    /** Sends {@code body} one byte at a time, spread evenly over {@code duration}. */
    void drip(HttpServerResponse response, String body, Duration duration) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        long interval = Math.max(1, duration.toMillis() / bytes.length);
        AtomicInteger next = new AtomicInteger();
        response.setChunked(true);
        vertx.setPeriodic(interval, timer -> {
            if (response.closed() || response.ended()) {
                vertx.cancelTimer(timer);
                return;
            }
            int at = next.getAndIncrement();
            response.write(Buffer.buffer(new byte[] {bytes[at]}));
            bytesSent.increment();
            if (at == bytes.length - 1) {
                vertx.cancelTimer(timer);
                response.end();
            }
        });
    }

    /** A well-formed agentStates document of {@link #OVERSIZED_BYTES}, written as fast as the client takes it. */
    void oversized(HttpServerResponse response) {
        response.setChunked(true);
        response.write("{\"agentStates\":[");
        pump(response, new long[] {0}, OVERSIZED_CHUNK, OVERSIZED_BYTES,
                "{\"agentId\":\"1001\",\"agentStateId\":\"1\"}],\"lastPollTime\":\"2026-11-25T10:00:00.000Z\"}");
    }

    /** About 5.5 million empty records in {@link #MANY_EMPTY_RECORDS_BYTES}, as fast as the client takes them. */
    void manyEmptyRecords(HttpServerResponse response) {
        response.setChunked(true);
        response.write("{\"agentStates\":[");
        pump(response, new long[] {0}, EMPTY_RECORDS_CHUNK, MANY_EMPTY_RECORDS_BYTES, "{}]}");
    }

    private void pump(HttpServerResponse response, long[] sent, Buffer chunk, long bytes, String end) {
        while (!response.writeQueueFull() && sent[0] < bytes) {
            if (response.closed()) {
                return;
            }
            response.write(chunk);
            sent[0] += chunk.length();
            bytesSent.add(chunk.length());
        }
        if (sent[0] >= bytes) {
            response.end(end);
            return;
        }
        response.drainHandler(v -> pump(response, sent, chunk, bytes, end));
    }
}

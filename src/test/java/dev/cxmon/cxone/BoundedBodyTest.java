package dev.cxmon.cxone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BoundedBodyTest {

    private static final long NO_DEADLINE = Long.MAX_VALUE / 2;

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBodyOfExactlyTheLimitIsReadWholeWithItsCharacters() throws IOException {
        String body = "{\"n\":\"Zoë\"}";
        int size = body.getBytes(StandardCharsets.UTF_8).length;
        assertThat(BoundedBody.read(text(body), size, NO_DEADLINE, () -> 0, 1000)).isEqualTo(body);
    }

    @Test
    void oneByteOverTheLimitIsAbandonedAsTooLargeWithItsBeginningAsEvidence() {
        String body = "<html>" + "x".repeat(5000);
        assertThatThrownBy(() -> BoundedBody.read(text(body), 4096, NO_DEADLINE, () -> 0, 1000))
                .isInstanceOfSatisfying(BoundedBody.Abandoned.class, a -> {
                    assertThat(a.failureCause()).isEqualTo(FailureCause.BODY_TOO_LARGE);
                    assertThat(a.partial()).startsWith("<html>xxx").hasSize(1024);
                });
    }

    @Test
    void aBodyStillArrivingAtTheDeadlineIsAbandonedAsATimeout() {
        AtomicLong now = new AtomicLong();
        InputStream dripping = new InputStream() {
            @Override
            public int read() {
                return -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                now.addAndGet(300);
                b[off] = '{';
                return 1;
            }
        };
        assertThatThrownBy(() -> BoundedBody.read(dripping, 1 << 20, 1000, now::get, 1))
                .isInstanceOfSatisfying(BoundedBody.Abandoned.class, a -> {
                    assertThat(a.failureCause()).isEqualTo(FailureCause.TIMEOUT);
                    assertThat(a.getMessage()).contains("still arriving after 1 ms", "4 bytes so far");
                });
    }

    @Test
    void anEmptyStreamIsAnEmptyBody() throws IOException {
        assertThat(BoundedBody.read(InputStream.nullInputStream(), 10, NO_DEADLINE, () -> 0, 1000)).isEmpty();
    }
}

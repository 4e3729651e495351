package dev.cxmon.diagnose;

import dev.cxmon.cxone.CxoneFailure;
import dev.cxmon.cxone.FailureKind;
import java.util.Optional;

/** The outcome of one collection step: not attempted, a value, or a typed failure. */
public record Step<T>(boolean attempted, T value, CxoneFailure failure) {

    public static <T> Step<T> skipped() {
        return new Step<>(false, null, null);
    }

    public static <T> Step<T> ok(T value) {
        return new Step<>(true, value, null);
    }

    public static <T> Step<T> failed(CxoneFailure failure) {
        return new Step<>(true, null, failure);
    }

    public boolean succeeded() {
        return attempted && failure == null;
    }

    public boolean failedWith(FailureKind kind) {
        return failure != null && failure.kind() == kind;
    }

    public Optional<T> valueIfOk() {
        return succeeded() ? Optional.ofNullable(value) : Optional.empty();
    }
}

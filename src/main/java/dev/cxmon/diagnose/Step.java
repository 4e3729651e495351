package dev.cxmon.diagnose;

import dev.cxmon.cxone.CxoneFailure;
import dev.cxmon.cxone.FailureKind;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one collection step: not attempted ({@link Skipped}), a value ({@link Ok}), or a typed failure
 * ({@link Failed}). The rules take a step apart with {@code instanceof} patterns, so a value is only read from an
 * {@code Ok} and a failure only from a {@code Failed}.
 */
public sealed interface Step<T> permits Step.Skipped, Step.Ok, Step.Failed {

    /** The collector never got to this step (an earlier one failed, or it was not needed). */
    record Skipped<T>() implements Step<T> {}

    record Ok<T>(T value) implements Step<T> {}

    record Failed<T>(CxoneFailure failure) implements Step<T> {

        public Failed {
            Objects.requireNonNull(failure, "failure");
        }
    }

    static <T> Step<T> skipped() {
        return new Skipped<>();
    }

    static <T> Step<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Step<T> failed(CxoneFailure failure) {
        return new Failed<>(failure);
    }

    default boolean attempted() {
        return !(this instanceof Skipped);
    }

    default boolean succeeded() {
        return this instanceof Ok;
    }

    default boolean failedWith(FailureKind kind) {
        return this instanceof Failed<T> failed && failed.failure().kind() == kind;
    }

    default Optional<T> valueIfOk() {
        return this instanceof Ok<T> ok ? Optional.ofNullable(ok.value()) : Optional.empty();
    }

    default Optional<CxoneFailure> failureIfAny() {
        return this instanceof Failed<T> failed ? Optional.of(failed.failure()) : Optional.empty();
    }
}

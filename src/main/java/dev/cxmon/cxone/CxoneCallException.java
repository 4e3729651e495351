package dev.cxmon.cxone;

/** Carries a {@link CxoneFailure} out of the client boundary; the only exception that leaves it. */
public class CxoneCallException extends RuntimeException {
    private final CxoneFailure failure;

    public CxoneCallException(CxoneFailure failure) {
        super(failure.describe(), null, false, false);
        this.failure = failure;
    }

    public CxoneFailure failure() {
        return failure;
    }
}

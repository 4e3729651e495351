package dev.cxmon.simulator;

import java.util.Map;

/**
 * An error answer, thrown by handlers and written by the router's failure handler as
 * {@code {"error":..., "error_description":...}}.
 */
final class ApiError extends RuntimeException {

    private final int status;
    private final String error;
    private final Map<String, String> headers;

    ApiError(int status, String error, String description) {
        this(status, error, description, Map.of());
    }

    ApiError(int status, String error, String description, Map<String, String> headers) {
        super(description, null, false, false);
        this.status = status;
        this.error = error;
        this.headers = headers;
    }

    int status() {
        return status;
    }

    String error() {
        return error;
    }

    String description() {
        return getMessage();
    }

    Map<String, String> headers() {
        return headers;
    }

    static ApiError badRequest(String error, String description) {
        return new ApiError(400, error, description);
    }

    static ApiError notFound(String description) {
        return new ApiError(404, "NotFound", description);
    }

    static ApiError invalidToken(String description) {
        return new ApiError(401, "invalid_token", description,
                Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\""));
    }

    static ApiError forbidden(String description) {
        return new ApiError(403, "Forbidden", description);
    }
}

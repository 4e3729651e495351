package dev.cxmon.cxone;

/** Supplies the Authorization header for API calls; implemented by the token provider. */
public interface BearerSource {

    /** "Bearer ..." for the current token, fetching or refreshing it when needed. */
    String authorization();

    /** Called once after a 401 with the header that was rejected; returns a fresh one or throws an auth failure. */
    String authorizationAfterRejection(String rejected);
}

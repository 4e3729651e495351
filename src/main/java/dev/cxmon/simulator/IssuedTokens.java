package dev.cxmon.simulator;

/** What a successful token request returns. */
record IssuedTokens(String accessToken, String idToken, String refreshToken, long expiresIn, String scope) {
}

package dev.cxmon.simulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;

/** Checks a token request's client credentials against the application's registered authentication method. */
final class ClientAuthenticator {

    private final ClientApplication application;

    ClientAuthenticator(ClientApplication application) {
        this.application = application;
    }

    /**
     * @param authorization the Authorization header (may be null)
     * @param formClientId  client_id form field (may be null)
     * @param formSecret    client_secret form field (may be null)
     * @throws ApiError 401 invalid_client naming what is wrong
     */
    void authenticate(String authorization, String formClientId, String formSecret) {
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        boolean post = formSecret != null;
        if (basic && post) {
            throw invalidClient("the client used more than one authentication method (Basic header and client_secret form field)", basic);
        }
        if (!basic && !post) {
            throw invalidClient("client authentication is missing (no Basic header, no client_secret form field)", false);
        }
        String clientId;
        String secret;
        if (basic) {
            String[] credentials = decodeBasic(authorization.substring(6).trim());
            clientId = credentials[0];
            secret = credentials[1];
            if (formClientId != null && !formClientId.equals(clientId)) {
                throw invalidClient("client_id form field does not match the Basic credentials", true);
            }
        } else {
            clientId = formClientId;
            secret = formSecret;
        }
        if (clientId == null || !clientId.equals(application.clientId())) {
            throw invalidClient("unknown client_id", basic);
        }
        ClientAuthMethod used = basic ? ClientAuthMethod.BASIC : ClientAuthMethod.POST;
        if (used != application.authMethod()) {
            throw invalidClient("client authentication method " + used.oauthName()
                    + " is not registered for this client (registered: " + application.authMethod().oauthName() + ")", basic);
        }
        if (!MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
                application.clientSecret().getBytes(StandardCharsets.UTF_8))) {
            throw invalidClient("invalid client secret", basic);
        }
    }

    // RFC 6749 2.3.1: id and secret are form-urlencoded before being joined by ':' and base64-encoded.
    private static String[] decodeBasic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalidClient("malformed Basic authorization header (not base64)", true);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw invalidClient("malformed Basic authorization header (no ':' between client id and secret)", true);
        }
        return new String[] {
            URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
            URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)
        };
    }

    private static ApiError invalidClient(String description, boolean basicAttempted) {
        Map<String, String> headers = basicAttempted
                ? Map.of("WWW-Authenticate", "Basic realm=\"cxone-simulator\"")
                : Map.of();
        return new ApiError(401, "invalid_client", description, headers);
    }
}

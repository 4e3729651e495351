package dev.cxmon.auth;

import java.net.URI;

/** What the monitor uses from {auth-url}/.well-known/openid-configuration. */
public record OpenIdConfiguration(URI tokenEndpoint, String issuer) {
}

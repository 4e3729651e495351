package dev.cxmon.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A hostile CXone look-alike on loopback that echoes what it is sent: its token endpoint refuses with an
 * error_description quoting the request body and Authorization header, its API answers 500 quoting every request
 * header, and its tenant discovery answers 500 quoting the token it issued (plain, URL-encoded and base64). Every echo
 * ends with a forged log line, to prove server text cannot start a line of its own.
 */
public final class EchoingCxone implements AutoCloseable {

    /** Marks the forged line; a line of output that starts with {@link #FORGED_PREFIX} means the forgery worked. */
    public static final String FORGED_MARKER = "FORGED-LINE all agents available";
    public static final String FORGED_PREFIX = "2026-12-02 02:00:00,000 INFO";
    private static final String FORGERY = "\n" + FORGED_PREFIX + "  [dev.cxmon.monitor.RosterPoller] (main) " + FORGED_MARKER
            + "\r\n" + FORGED_PREFIX + " \u001b[2J\u2028" + FORGED_MARKER;

    private final HttpServer server;
    private final String issuedToken;
    private volatile boolean tokenRefused = true;

    /** @param issuedToken what the token endpoint hands out when it does not refuse */
    public EchoingCxone(String issuedToken) throws IOException {
        this.issuedToken = issuedToken;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/.well-known/openid-configuration", this::openId);
        server.createContext("/.well-known/cxone-configuration", this::tenantDiscovery);
        server.createContext("/auth/token", this::token);
        server.createContext("/incontactapi", this::api);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A JWT (unsigned, as the decoder does not check signatures) carrying a tenantId, so the API host is discovered. */
    public static String unsignedJwt(String tenantId, String nonce) {
        Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
        String header = enc.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = enc.encodeToString(("{\"tenantId\":\"" + tenantId + "\",\"name\":\"" + nonce + "\"}").getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + ".";
    }

    /** From now on the token endpoint issues {@code issuedToken} instead of refusing. */
    public void issueTokens() {
        tokenRefused = false;
    }

    private void openId(HttpExchange exchange) throws IOException {
        reply(exchange, 200, "{\"issuer\":\"" + baseUrl() + "\",\"token_endpoint\":\"" + baseUrl() + "/auth/token\"}");
    }

    private void token(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (tokenRefused) {
            String echo = "rejected request " + body + " with Authorization: " + exchange.getRequestHeaders().getFirst("Authorization")
                    + " and Basic " + base64(body) + FORGERY;
            reply(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":" + json(echo) + "}");
            return;
        }
        reply(exchange, 200, "{\"access_token\":" + json(issuedToken) + ",\"token_type\":\"bearer\",\"expires_in\":3600}");
    }

    private void tenantDiscovery(HttpExchange exchange) throws IOException {
        String echo = "discovery broke for token " + issuedToken + " (" + URLEncoder.encode(issuedToken, StandardCharsets.UTF_8) + ", "
                + base64(issuedToken) + ", Bearer " + base64(issuedToken) + ")" + FORGERY;
        reply(exchange, 500, "{\"error\":\"server_error\",\"error_description\":" + json(echo) + "}");
    }

    private void api(HttpExchange exchange) throws IOException {
        StringBuilder echo = new StringBuilder("could not serve ").append(exchange.getRequestURI()).append(" for");
        for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
            for (String value : header.getValue()) {
                echo.append(' ').append(header.getKey()).append(": ").append(value).append(';');
                if (header.getKey().equalsIgnoreCase("Authorization")) {
                    String credential = value.substring(value.indexOf(' ') + 1);
                    echo.append(" token=").append(credential).append(" as base64 ").append(base64(credential));
                }
            }
        }
        echo.append(FORGERY);
        reply(exchange, 500, "{\"error\":\"server_error\",\"error_description\":" + json(echo.toString()) + "}");
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}

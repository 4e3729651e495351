package dev.cxmon.bench;

import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.prometheus.client.exporter.common.TextFormat;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The bench registry behind a real HTTP server on loopback, answering GET /q/metrics the way Quarkus' Prometheus handler
 * does (the content type chosen from Accept, then the registry's scrape in it), and a client that scrapes it as
 * Prometheus does: its Accept header, the whole body read.
 */
final class ScrapeEndpoint implements AutoCloseable {

    /** What Prometheus 2 and 3 send; it names text/plain, so Quarkus (and this endpoint) answer in text format 0.0.4. */
    static final String PROMETHEUS_ACCEPT = "application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,"
            + "text/plain;version=0.0.4;q=0.5,*/*;q=0.1";

    /** One scrape: wall time from request to the last byte, body size, the number of series and of cxone_skill_* series. */
    record Scrape(double millis, long bytes, long series, long skillSeries) {}

    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI uri;

    private ScrapeEndpoint(HttpServer server) {
        this.server = server;
        this.uri = URI.create("http://127.0.0.1:" + server.actualPort() + "/q/metrics");
    }

    static ScrapeEndpoint start(Vertx vertx, PrometheusMeterRegistry registry) {
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            String accept = request.getHeader("Accept");
            String type = accept != null && (accept.contains("text/plain") || accept.contains("text/html"))
                    ? TextFormat.CONTENT_TYPE_004 : TextFormat.CONTENT_TYPE_OPENMETRICS_100;
            request.response().putHeader("Content-Type", type).end(Buffer.buffer(registry.scrape(type)));
        });
        return new ScrapeEndpoint(server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().join());
    }

    Scrape scrape() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", PROMETHEUS_ACCEPT).timeout(Duration.ofSeconds(60)).build();
        long before = System.nanoTime();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        double millis = (System.nanoTime() - before) / 1e6;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode());
        }
        String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
        long series = body.lines().filter(line -> !line.isEmpty() && !line.startsWith("#")).count();
        long skillSeries = body.lines().filter(line -> line.startsWith("cxone_skill_")).count();
        return new Scrape(millis, response.body().length, series, skillSeries);
    }

    @Override
    public void close() {
        server.close().toCompletionStage().toCompletableFuture().join();
    }
}

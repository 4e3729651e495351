package dev.cxmon.metrics;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.exemplars.ExemplarSampler;
import io.prometheus.client.exporter.common.TextFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Prometheus registry behind /q/metrics. Families whose values only change when a poll ends (the per-agent state
 * sets and names, 90,000 series at 10,000 agents) are rendered once, when the poll ends ({@link #renderNow}), by
 * Micrometer's own collectors and formatter, and served as that text until the next poll ends; every other family
 * (JVM, process, HTTP server, API request counters, poll timer, ...) is rendered fresh at each scrape, as before.
 */
public class PollRenderedPrometheusRegistry extends PrometheusMeterRegistry {

    private static final String EOF = "# EOF\n";

    private volatile PollRenderedFamilies rendered = PollRenderedFamilies.NONE;

    public PollRenderedPrometheusRegistry(PrometheusConfig config, CollectorRegistry registry, Clock clock, ExemplarSampler exemplars) {
        super(config, registry, clock, exemplars);
    }

    public PollRenderedPrometheusRegistry(PrometheusConfig config) {
        super(config);
    }

    /** The registry of this kind in {@code registry}, itself or one of a composite's (Quarkus injects the composite). */
    static Optional<PollRenderedPrometheusRegistry> in(MeterRegistry registry) {
        if (registry instanceof PollRenderedPrometheusRegistry rendered) {
            return Optional.of(rendered);
        }
        if (registry instanceof CompositeMeterRegistry composite) {
            return composite.getRegistries().stream().map(PollRenderedPrometheusRegistry::in).flatMap(Optional::stream).findFirst();
        }
        return Optional.empty();
    }

    /**
     * Renders the gauge families named (Micrometer names) from their meters as they read now; scrapes serve this text until
     * the next call. Called at the end of a poll, on the polling thread.
     */
    void renderNow(Set<String> meterNames) {
        Set<String> families = meterNames.stream().map(name -> config().namingConvention().name(name, Meter.Type.GAUGE))
                .collect(Collectors.toUnmodifiableSet());
        rendered = PollRenderedFamilies.render(getPrometheusRegistry(), families);
    }

    @Override
    public String scrape() {
        return scrape(TextFormat.CONTENT_TYPE_004);
    }

    @Override
    public String scrape(String contentType) {
        StringWriter writer = new StringWriter();
        try {
            scrape(writer, contentType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return writer.toString();
    }

    @Override
    public void scrape(Writer writer) throws IOException {
        scrape(writer, TextFormat.CONTENT_TYPE_004);
    }

    @Override
    public void scrape(Writer writer, String contentType) throws IOException {
        PollRenderedFamilies families = rendered;
        if (families.names().isEmpty()) {
            super.scrape(writer, contentType);
            return;
        }
        StringWriter fresh = new StringWriter();
        TextFormat.writeFormat(contentType, fresh,
                getPrometheusRegistry().filteredMetricFamilySamples(sample -> !families.names().contains(sample)));
        String freshText = fresh.toString();
        boolean openMetrics = freshText.endsWith(EOF);
        writer.write(openMetrics ? freshText.substring(0, freshText.length() - EOF.length()) : freshText);
        writer.write(families.text(contentType));
        if (openMetrics) {
            writer.write(EOF);
        }
    }
}

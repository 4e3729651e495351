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
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The Prometheus registry behind /q/metrics. Families whose values only change when a poll ends (the per-agent state
 * sets and names, 90,000 series at 10,000 agents) are written once, when the poll ends ({@link #serve}), and served as
 * that text until the next poll ends; every other family (JVM, process, HTTP server, API request counters, poll timer,
 * per-agent counters, ...) can change between polls and is rendered fresh at each scrape, as before. A scrape for named
 * families only ({@code scrape(contentType, includedNames)}) is Micrometer's own, rendered live.
 */
public class PollRenderedPrometheusRegistry extends PrometheusMeterRegistry {

    private static final String EOF = "# EOF\n";

    private volatile PollRenderedFamilies rendered = new PollRenderedFamilies(Set.of(), PerAgentExposition.Texts.EMPTY);

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
     * From now on, scrapes serve the gauge families named (Micrometer names) as {@code text} writes them, instead of
     * rendering their meters. Called when a poll ends, on the polling thread.
     *
     * @param text writes the families, given the Prometheus name of a Micrometer name
     */
    void serve(Set<String> meterNames, Function<UnaryOperator<String>, PerAgentExposition.Texts> text) {
        UnaryOperator<String> prometheusName = name -> config().namingConvention().name(name, Meter.Type.GAUGE);
        Set<String> families = meterNames.stream().map(prometheusName).collect(Collectors.toUnmodifiableSet());
        rendered = new PollRenderedFamilies(families, text.apply(prometheusName));
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
        writer.write(openMetrics ? families.texts().openMetrics() : families.texts().text004());
        if (openMetrics) {
            writer.write(EOF);
        }
    }

    /** @param names the Prometheus (sample) names of the families {@code texts} holds */
    private record PollRenderedFamilies(Set<String> names, PerAgentExposition.Texts texts) {}
}

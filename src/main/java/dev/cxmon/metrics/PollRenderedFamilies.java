package dev.cxmon.metrics;

import io.prometheus.client.Collector.MetricFamilySamples;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.exporter.common.TextFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Some families' samples as read at one instant (the end of a poll), and their text per content type. The text
 * format Prometheus asks for (0.0.4: its Accept header names text/plain) is written at once, so that the scrape after
 * a poll does not pay for it; OpenMetrics is written from the same samples when first asked for.
 */
final class PollRenderedFamilies {

    static final PollRenderedFamilies NONE = new PollRenderedFamilies(Set.of(), List.of());

    private final Set<String> names;
    private final List<MetricFamilySamples> samples;
    private final Map<String, String> texts = new ConcurrentHashMap<>();

    private PollRenderedFamilies(Set<String> names, List<MetricFamilySamples> samples) {
        this.names = names;
        this.samples = samples;
    }

    static PollRenderedFamilies render(CollectorRegistry registry, Set<String> names) {
        PollRenderedFamilies families = new PollRenderedFamilies(Set.copyOf(names),
                Collections.list(registry.filteredMetricFamilySamples(names::contains)));
        families.text(TextFormat.CONTENT_TYPE_004);
        return families;
    }

    /** The sample names these families cover. */
    Set<String> names() {
        return names;
    }

    /** The families in {@code contentType}, without OpenMetrics' closing "# EOF" line. */
    String text(String contentType) {
        String type = TextFormat.chooseContentType(contentType);
        return texts.computeIfAbsent(type, t -> {
            StringWriter writer = new StringWriter();
            try {
                TextFormat.writeFormat(t, writer, Collections.enumeration(samples));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String text = writer.toString();
            return text.endsWith("# EOF\n") ? text.substring(0, text.length() - "# EOF\n".length()) : text;
        });
    }
}

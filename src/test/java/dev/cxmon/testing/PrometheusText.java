package dev.cxmon.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/** Reads a Prometheus text exposition over HTTP and looks up samples by their exact series text. */
public final class PrometheusText {

    private final Map<String, Double> samples;

    private PrometheusText(Map<String, Double> samples) {
        this.samples = samples;
    }

    public static PrometheusText scrape(URL url) {
        try {
            HttpResponse<String> response = TestHttp.client()
                    .send(HttpRequest.newBuilder(URI.create(url.toString())).timeout(TestHttp.REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError(url + " answered " + response.statusCode());
            }
            return parse(response.body());
        } catch (IOException e) {
            throw new AssertionError("cannot scrape " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public static PrometheusText parse(String text) {
        Map<String, Double> samples = new LinkedHashMap<>();
        text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(line -> {
            int space = line.lastIndexOf(' ');
            // The older text format ends label sets with a comma: {a="1",}; both spellings name one series.
            samples.put(line.substring(0, space).replace(",}", "}"), Double.parseDouble(line.substring(space + 1)));
        });
        return new PrometheusText(samples);
    }

    /** The value of a series written exactly as exported, e.g. {@code cxone_agent_state{agent_id="1001",state="LOGGED_IN"}}. */
    public OptionalDouble value(String series) {
        Double value = samples.get(series);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    public double valueOrZero(String series) {
        return value(series).orElse(0);
    }

    /** The sum of every series whose text starts with {@code prefix}, e.g. one agent's counters over all their labels. */
    public double sum(String prefix) {
        return samples.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToDouble(Map.Entry::getValue).sum();
    }

    public Map<String, Double> all() {
        return samples;
    }
}

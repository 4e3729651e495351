package dev.cxmon.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.metrics.StableMetricsTest.Exposition;
import dev.cxmon.metrics.StableMetricsTest.StableMetric;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Regenerates one document of stable-metrics.yaml from a real exposition when the tests run with
 * {@code -Dstable-metrics.update=true}, and prints what changed; the test then checks the file as always. For a change
 * of the public contract that is meant: review the printed diff (and {@code git diff}), then update the README's table.
 */
final class StableMetricsFile {

    static final Path FILE = Path.of("src/test/resources/stable-metrics.yaml");
    static final String SWITCH = "stable-metrics.update";

    private StableMetricsFile() {
    }

    /** @param wanted which cxone_ families (TYPE names) belong in this document */
    static void updateIfAsked(int document, String exposition, Predicate<String> wanted) throws Exception {
        if (!Boolean.getBoolean(SWITCH)) {
            return;
        }
        String[] documents = Files.readString(FILE).split("(?m)^---$", -1);
        List<StableMetric> before = StableMetricsTest.stableList(document);
        Exposition parsed = Exposition.parse(exposition);
        List<String> order = before.stream().map(StableMetricsFile::family).toList();
        List<StableMetric> after = parsed.types().keySet().stream()
                .filter(family -> family.startsWith("cxone_") && wanted.test(family))
                .sorted(Comparator.comparing((String family) -> order.contains(family) ? order.indexOf(family) : order.size())
                        .thenComparing(Comparator.naturalOrder()))
                .map(family -> metric(family, parsed)).toList();
        documents[document] = header(documents[document]) + render(after);
        String updated = String.join("---", documents);
        String old = Files.readString(FILE);
        Files.writeString(FILE, updated);
        System.out.println("stable-metrics.yaml, document " + document + (old.equals(updated) ? ": unchanged" : ":\n" + diff(old, updated)));
    }

    private static String family(StableMetric metric) {
        return metric.type().equals("counter") ? metric.name().replaceFirst("_total$", "") : metric.name();
    }

    private static StableMetric metric(String family, Exposition parsed) {
        String type = parsed.types().get(family);
        String name = type.equals("counter") && !family.endsWith("_total") ? family + "_total" : family;
        String sampleName = type.equals("summary") ? name + "_count" : name;
        Set<Set<String>> labelSets = parsed.labelSets().get(sampleName);
        assertThat(labelSets).as("one label set for " + sampleName).hasSize(1);
        return new StableMetric(name, type, parsed.helps().get(family), List.copyOf(labelSets.iterator().next()));
    }

    /** The (comment and empty) lines a document starts with, before its first entry. */
    private static String header(String document) {
        StringBuilder header = new StringBuilder();
        for (String line : document.split("\n", -1)) {
            if (line.startsWith("- ")) {
                break;
            }
            header.append(line).append('\n');
        }
        return header.toString();
    }

    private static String render(List<StableMetric> metrics) {
        StringBuilder yaml = new StringBuilder();
        for (StableMetric metric : metrics) {
            yaml.append("- name: ").append(metric.name()).append('\n')
                    .append("  type: ").append(metric.type()).append('\n')
                    .append("  help: \"").append(metric.help().replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n")
                    .append("  labels: [").append(String.join(", ", metric.labels())).append("]\n");
        }
        return yaml.toString();
    }

    /** Lines only in the old file (-) and only in the new one (+). */
    private static String diff(String old, String updated) {
        List<String> oldLines = new ArrayList<>(old.lines().toList());
        List<String> newLines = new ArrayList<>(updated.lines().toList());
        List<String> removed = new ArrayList<>(oldLines);
        newLines.forEach(removed::remove);
        List<String> added = new ArrayList<>(newLines);
        oldLines.forEach(added::remove);
        StringBuilder diff = new StringBuilder();
        removed.forEach(line -> diff.append("- ").append(line).append('\n'));
        added.forEach(line -> diff.append("+ ").append(line).append('\n'));
        return diff.toString();
    }
}

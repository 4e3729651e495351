package dev.cxmon.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads a day script YAML ({@code agents: [...]}, {@code steps: [[...], ...]}) into a {@link DayScript}. */
final class DayScriptLoader {

    /** Classpath location of the demo agents' scripted day. */
    static final String DEMO_DAY_RESOURCE = "/simulator/demo-day.yaml";

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private DayScriptLoader() {
    }

    static DayScript demoDay() {
        try (InputStream in = DayScriptLoader.class.getResourceAsStream(DEMO_DAY_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("day script " + DEMO_DAY_RESOURCE + " is missing from the classpath");
            }
            return parse(in, DEMO_DAY_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws IllegalArgumentException naming the source, and the step and agent of a bad cell */
    static DayScript parse(InputStream in, String source) throws IOException {
        DayScriptFile file;
        try {
            file = YAML.readValue(in, DayScriptFile.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("day script " + source + " is invalid: " + e.getOriginalMessage(), e);
        }
        if (file == null || file.agents() == null || file.steps() == null) {
            throw new IllegalArgumentException("day script " + source + " needs 'agents' and 'steps'");
        }
        List<List<ScriptedState>> rows = new ArrayList<>();
        for (int step = 0; step < file.steps().size(); step++) {
            List<String> cells = file.steps().get(step);
            if (cells == null || cells.size() != file.agents().size()) {
                throw new IllegalArgumentException("day script " + source + ", step " + step + ": expected "
                        + file.agents().size() + " states, one per agent " + file.agents());
            }
            List<ScriptedState> row = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                try {
                    row.add(ScriptedState.parse(cells.get(i)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("day script " + source + ", step " + step + ", agent "
                            + file.agents().get(i) + ": " + e.getMessage(), e);
                }
            }
            rows.add(row);
        }
        try {
            return new DayScript(file.agents(), rows);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("day script " + source + ": " + e.getMessage(), e);
        }
    }

    private record DayScriptFile(List<Long> agents, List<List<String>> steps) {
    }
}

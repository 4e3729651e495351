package dev.cxmon.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cxmon.config.ConfigProblem;
import dev.cxmon.cxone.AgentRef;
import dev.cxmon.cxone.Lenient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Builds the roster from {@code cxone.roster} (comma list) and {@code cxone.roster-file} (YAML). The file is
 * either a list of references or {@code agents: [{agent: 1001, name: ..., team: ...}]}. Duplicates collapse
 * into one entry; the file's name and team win.
 */
public final class RosterLoader {

    public record Result(List<RosterEntry> entries, List<ConfigProblem> problems) {}

    /**
     * SnakeYAML's default of 3 MB holds about 50,000 entries with a name and a team; this holds about 250,000, more than
     * one tenant's agents, so that a roster too large for one instance can still be sharded from one file.
     */
    static final int MAX_ROSTER_CODE_POINTS = 16 * 1024 * 1024;

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder().loaderOptions(largeRosters()).build());
    /** Far above any roster one instance can poll, far below what would run a small heap out (or never end: /dev/zero). */
    static final int MAX_FILE_BYTES = 16 * 1024 * 1024;

    private RosterLoader() {}

    private static LoaderOptions largeRosters() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_ROSTER_CODE_POINTS);
        return options;
    }

    public static Result load(Optional<List<String>> roster, Optional<String> rosterFile) {
        Map<String, RosterEntry> entries = new LinkedHashMap<>();
        List<ConfigProblem> problems = new ArrayList<>();
        roster.orElse(List.of()).stream().map(String::trim).filter(s -> !s.isEmpty()).forEach(ref -> {
            RosterEntry entry = RosterEntry.of(ref);
            if (entry.ref().kind() == AgentRef.Kind.INVALID) {
                problems.add(new ConfigProblem("cxone.roster", "entry '" + ref + "' is neither an agent ID nor a user name.",
                        "list numeric agent IDs or CXone user names, separated by commas"));
            } else {
                entries.putIfAbsent(entry.key(), entry);
            }
        });
        rosterFile.filter(f -> !f.isBlank()).ifPresent(file -> readFile(Path.of(file.trim()), entries, problems));
        return new Result(List.copyOf(entries.values()), problems);
    }

    private static void readFile(Path file, Map<String, RosterEntry> entries, List<ConfigProblem> problems) {
        JsonNode root;
        try {
            byte[] content = readBounded(file);
            if (content.length > MAX_FILE_BYTES) {
                problems.add(new ConfigProblem("cxone.roster-file", file + " is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB.",
                        "point cxone.roster-file at a roster YAML file (see config/roster.example.yaml); split a larger roster into shards "
                                + "(deploy/kubernetes/sharded)"));
                return;
            }
            root = YAML.readTree(new String(content, StandardCharsets.UTF_8));
        } catch (IOException e) {
            problems.add(new ConfigProblem("cxone.roster-file", "cannot read " + file + ": " + firstLine(e.getMessage()),
                    "point cxone.roster-file at a readable YAML file (see config/roster.example.yaml)"));
            return;
        }
        JsonNode list = root == null ? null : root.isArray() ? root : root.get("agents");
        if (list == null || !list.isArray()) {
            problems.add(new ConfigProblem("cxone.roster-file", file + " has no list of agents.",
                    "write 'agents:' followed by entries such as '- agent: 1001' (see config/roster.example.yaml)"));
            return;
        }
        int index = 0;
        for (JsonNode item : list) {
            String where = file + " entry " + (index++ + 1);
            String ref = item.isValueNode() ? item.asText() : Lenient.text(item, "agent");
            AgentRef parsed = AgentRef.parse(ref);
            if (ref == null || parsed.kind() == AgentRef.Kind.INVALID) {
                problems.add(new ConfigProblem("cxone.roster-file", where + " has no usable 'agent' (an agent ID or user name).",
                        "give every entry 'agent: <agentId or userName>'"));
                continue;
            }
            Optional<String> name = item.isObject() ? Optional.ofNullable(Lenient.text(item, "name")) : Optional.empty();
            Optional<String> team = item.isObject() ? Optional.ofNullable(Lenient.text(item, "team")) : Optional.empty();
            entries.put(parsed.text(), new RosterEntry(parsed, name, team));
        }
    }

    /** At most one byte more than the bound, so that a larger file is recognised without reading it all. */
    private static byte[] readBounded(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(MAX_FILE_BYTES + 1);
        }
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}

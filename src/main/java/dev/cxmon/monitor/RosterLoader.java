package dev.cxmon.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cxmon.config.ConfigProblem;
import dev.cxmon.config.Spelling;
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
import java.util.regex.Pattern;
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

    private static final List<String> FILE_KEYS = List.of("agents");
    private static final List<String> ENTRY_KEYS = List.of("agent", "name", "team");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern POSITIVE_WHOLE = Pattern.compile("0*[1-9]\\d*");
    private static final String NEVER_AN_AGENT_ID = "can never be an agent ID: agent IDs are whole numbers from 1 up.";

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
            if (neverAnAgentId(ref)) {
                problems.add(new ConfigProblem("cxone.roster", "entry '" + ref + "' " + NEVER_AN_AGENT_ID,
                        "list agent IDs such as 1001 or CXone user names, separated by commas"));
            } else if (entry.ref().kind() == AgentRef.Kind.INVALID) {
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
        if (list != null && root.isObject()) {
            unknownKeys(root, FILE_KEYS, file.toString(), problems);
        }
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
            if (item.isObject()) {
                unknownKeys(item, ENTRY_KEYS, where, problems);
            }
            if (ref != null && neverAnAgentId(ref)) {
                problems.add(new ConfigProblem("cxone.roster-file", where + ": '" + ref.trim() + "' " + NEVER_AN_AGENT_ID,
                        "give every entry 'agent: <agentId or userName>', e.g. 'agent: 1001'"));
                continue;
            }
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

    /**
     * A number that is not a whole number from 1 up ({@code 0}, {@code -5}, {@code 1001.5}) would be read as a user name
     * or an ID CXone never issues, and fail only at the first poll; refused at start instead.
     */
    static boolean neverAnAgentId(String ref) {
        String trimmed = ref.trim();
        return NUMBER.matcher(trimmed).matches() && !POSITIVE_WHOLE.matcher(trimmed).matches();
    }

    private static void unknownKeys(JsonNode object, List<String> known, String where, List<ConfigProblem> problems) {
        object.fieldNames().forEachRemaining(key -> {
            if (!known.contains(key)) {
                problems.add(new ConfigProblem("cxone.roster-file", where + ": '" + key + "' is not a roster key; did you mean '"
                        + Spelling.closest(key, known).orElseThrow() + "'?",
                        "use only " + String.join(", ", known) + " (see config/roster.example.yaml)"));
            }
        });
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

package dev.cxmon.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.cxmon.config.ConfigProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterLoaderTest {

    @TempDir
    Path dir;

    @Test
    void aBadEntryInTheListIsNamedWithItsKeyAndTheGoodOnesAreKept() {
        RosterLoader.Result result = RosterLoader.load(Optional.of(List.of("1001", " not an id! ", "jane@example.com")), Optional.empty());
        assertThat(result.entries()).extracting(RosterEntry::key).containsExactly("1001", "jane@example.com");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("cxone.roster");
            assertThat(p.describe()).contains("entry 'not an id!' is neither an agent ID nor a user name", "Fix: list numeric agent IDs");
        });
    }

    @Test
    void aRosterFileOfAHundredThousandAgentsWithNamesAndTeamsLoads() throws Exception {
        StringBuilder yaml = new StringBuilder("agents:\n");
        for (int i = 0; i < 100_000; i++) {
            yaml.append("  - agent: ").append(100_000 + i).append("\n    name: Firstname").append(i).append(" Lastname\n    team: Team ")
                    .append(i % 50).append('\n');
        }
        Path file = Files.writeString(dir.resolve("large.yaml"), yaml);
        assertThat(Files.size(file)).as("beyond SnakeYAML's default limit of 3 MB").isGreaterThan(5_000_000L);
        RosterLoader.Result result = RosterLoader.load(Optional.empty(), Optional.of(file.toString()));
        assertThat(result.problems()).isEmpty();
        assertThat(result.entries()).hasSize(100_000);
    }

    @Test
    void aFileEntryWithoutAnAgentIsNamedByItsPosition() throws Exception {
        Path file = Files.writeString(dir.resolve("roster.yaml"), "agents:\n  - agent: 1001\n  - name: Nobody\n");
        RosterLoader.Result result = RosterLoader.load(Optional.empty(), Optional.of(file.toString()));
        assertThat(result.entries()).extracting(RosterEntry::key).containsExactly("1001");
        assertThat(result.problems()).extracting(ConfigProblem::key, ConfigProblem::problem)
                .containsExactly(tuple("cxone.roster-file", file + " entry 2 has no usable 'agent' (an agent ID or user name)."));
    }

    @Test
    void anUnreadableOrShapelessFileIsAProblemNotAnEmptyRoster() throws Exception {
        assertThat(RosterLoader.load(Optional.empty(), Optional.of(dir.resolve("missing.yaml").toString())).problems())
                .singleElement().satisfies(p -> assertThat(p.describe()).startsWith("cxone.roster-file: cannot read"));
        Path shapeless = Files.writeString(dir.resolve("shapeless.yaml"), "team: blue\n");
        assertThat(RosterLoader.load(Optional.empty(), Optional.of(shapeless.toString())).problems())
                .singleElement().satisfies(p -> assertThat(p.problem()).endsWith("has no list of agents."));
    }

    @Test
    void entriesThatCanNeverBeAgentIdsAreRefusedByName() {
        RosterLoader.Result result = RosterLoader.load(Optional.of(List.of("1001", "0", "-5", "1001.5", "+7", "007", "jane@example.com")),
                Optional.empty());
        assertThat(result.entries()).extracting(RosterEntry::key).containsExactly("1001", "007", "jane@example.com");
        assertThat(result.problems()).extracting(ConfigProblem::problem).containsExactly(
                "entry '0' can never be an agent ID: agent IDs are whole numbers from 1 up.",
                "entry '-5' can never be an agent ID: agent IDs are whole numbers from 1 up.",
                "entry '1001.5' can never be an agent ID: agent IDs are whole numbers from 1 up.",
                "entry '+7' can never be an agent ID: agent IDs are whole numbers from 1 up.");
    }

    @Test
    void aFileWithAnImpossibleIdOrAnUnknownKeyIsRefusedNamingTheEntryAndTheClosestKey() throws Exception {
        Path file = Files.writeString(dir.resolve("roster.yaml"),
                "agents:\n  - agent: 1001\n    tem: Support\n  - agent: -5\n  - agent: 1002\n    nmae: Ava\nteams: []\n");
        RosterLoader.Result result = RosterLoader.load(Optional.empty(), Optional.of(file.toString()));
        assertThat(result.entries()).extracting(RosterEntry::key).containsExactly("1001", "1002");
        assertThat(result.problems()).extracting(ConfigProblem::key).containsOnly("cxone.roster-file");
        assertThat(result.problems()).extracting(ConfigProblem::problem).containsExactly(
                file + ": 'teams' is not a roster key; did you mean 'agents'?",
                file + " entry 1: 'tem' is not a roster key; did you mean 'team'?",
                file + " entry 2: '-5' can never be an agent ID: agent IDs are whole numbers from 1 up.",
                file + " entry 3: 'nmae' is not a roster key; did you mean 'name'?");
    }
}

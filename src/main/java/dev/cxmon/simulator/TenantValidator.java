package dev.cxmon.simulator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Checks a tenant file's cross-references and uniqueness, reporting every problem at once. */
final class TenantValidator {

    private TenantValidator() {
    }

    static List<String> problems(TenantDefinition definition) {
        List<String> problems = new ArrayList<>();
        Set<Long> teamIds = new HashSet<>();
        definition.teams().forEach(t -> {
            if (!teamIds.add(t.id())) {
                problems.add("team id " + t.id() + " is used twice");
            }
        });
        UnavailableCodes codes = new UnavailableCodes(definition.unavailableCodes());
        Set<Long> codeIds = new HashSet<>();
        Set<String> codeNames = new HashSet<>();
        definition.unavailableCodes().forEach(code -> {
            if (!codeIds.add(code.id())) {
                problems.add("unavailable code id " + code.id() + " is used twice");
            }
            if (!codeNames.add(code.name().toLowerCase(Locale.ROOT))) {
                problems.add("unavailable code name '" + code.name() + "' is used twice");
            }
        });
        Set<Object> userIds = new HashSet<>();
        Set<String> userNames = new HashSet<>();
        Set<Long> agentIds = new HashSet<>();
        for (SimulatedUser user : definition.users()) {
            String who = "user " + user.userName();
            if (!userIds.add(user.userId())) {
                problems.add(who + ": userId " + user.userId() + " is used twice");
            }
            if (!userNames.add(user.userName().toLowerCase(Locale.ROOT))) {
                problems.add(who + ": userName is used twice");
            }
            if (!teamIds.contains(user.teamId())) {
                problems.add(who + ": teamId " + user.teamId() + " is not a team of this tenant");
            }
            if (user.isAgent() && !agentIds.add(user.agent().agentId())) {
                problems.add(who + ": agentId " + user.agent().agentId() + " is used twice");
            }
            if (user.isAgent()) {
                reasonProblem(user.agent().state(), codes).ifPresent(problem -> problems.add(who + ": " + problem));
            }
        }
        Set<String> keyIds = new HashSet<>();
        for (AccessKey key : definition.accessKeys()) {
            if (!keyIds.add(key.id())) {
                problems.add("access key " + key.id() + " is defined twice");
            }
            key.owner().filter(owner -> !userNames.contains(owner.toLowerCase(Locale.ROOT)))
                    .ifPresent(owner -> problems.add("access key " + key.id() + ": owner " + owner + " is not a user"));
            if (key.owner().isEmpty() && key.visibility() != Visibility.ALL) {
                problems.add("access key " + key.id() + ": visibility " + key.visibility().wireName()
                        + " needs an owner (userName)");
            }
        }
        return problems;
    }

    private static Optional<String> reasonProblem(InitialAgentState state, UnavailableCodes codes) {
        String reason = state.outStateDescription();
        if (reason == null) {
            return Optional.empty();
        }
        if (state.agentStateId() != AgentStateId.UNAVAILABLE.id()) {
            return Optional.of("outStateDescription '" + reason + "' belongs only to Unavailable (2), not to state "
                    + state.agentStateId());
        }
        return codes.byName(reason).isPresent() ? Optional.empty()
                : Optional.of("outStateDescription '" + reason + "' is not an unavailable code (" + codes.names() + ")");
    }
}

package dev.cxmon.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The User Hub user resource ({@code /user-management/v1/users}). */
final class UserHubJson {

    private UserHubJson() {
    }

    static ObjectNode user(SimulatedUser user) {
        ObjectNode json = JsonResponses.object();
        json.put("id", user.userId().toString());
        json.put("userName", user.userName());
        json.put("firstName", user.firstName());
        json.put("lastName", user.lastName());
        json.put("emailAddress", user.emailAddress());
        json.put("status", "ACTIVE");
        json.put("teamId", String.valueOf(user.teamId()));
        json.put("type", "STANDARD");
        return json;
    }
}

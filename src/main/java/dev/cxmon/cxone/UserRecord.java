package dev.cxmon.cxone;

import com.fasterxml.jackson.databind.JsonNode;

/** A User Hub user (GET {api}/user-management/v1/users/{userId}, answer {"user":{...}}). */
public record UserRecord(String id, String userName, String firstName, String lastName, String emailAddress, String status, String teamId) {

    public static UserRecord fromJson(JsonNode node) {
        return new UserRecord(
                Lenient.text(node, "id"),
                Lenient.text(node, "userName"),
                Lenient.text(node, "firstName"),
                Lenient.text(node, "lastName"),
                Lenient.text(node, "emailAddress"),
                Lenient.text(node, "status"),
                Lenient.text(node, "teamId"));
    }
}

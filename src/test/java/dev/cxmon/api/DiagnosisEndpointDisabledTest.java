package dev.cxmon.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Without cxone.api-token the diagnosis endpoint does not exist for callers, token or not, and the status API is open. */
@QuarkusTest
class DiagnosisEndpointDisabledTest {

    @Test
    void diagnosisIsOffWithoutAnApiToken() {
        given().when().get("/api/agents/1001/diagnosis").then().statusCode(404).body("error", containsString("cxone.api-token"));
        given().header("Authorization", "Bearer anything").when().get("/api/agents/1001/diagnosis").then().statusCode(404);
    }

    @Test
    void withoutAnApiTokenTheStatusApiStaysOpenAsBefore() {
        given().when().get("/api/agents").then().statusCode(200).header("Cache-Control", "no-store");
    }
}

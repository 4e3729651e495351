package dev.cxmon.cxone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class AgentRecordTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void theUserIdIsReadAsPublicCallersAndAsNicesOpenApiSpellIt() throws Exception {
        assertThat(AgentRecord.fromJson(MAPPER.readTree("{\"agentId\":1,\"userId\":\"u-1\"}")).userId()).isEqualTo("u-1");
        assertThat(AgentRecord.fromJson(MAPPER.readTree("{\"agentId\":1,\"userID\":\"u-2\"}")).userId()).isEqualTo("u-2");
        assertThat(AgentRecord.fromJson(MAPPER.readTree("{\"agentId\":1,\"userId\":\"u-1\",\"userID\":\"u-2\"}")).userId()).isEqualTo("u-1");
    }
}

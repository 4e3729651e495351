package dev.cxmon.cxone;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The envelopes agent states arrive in: {"agentStates":[...]} (agents/states), {"resultSet":{"agentState":[...]}}
 * (cache/agentstate), the tutorial's {"states":[...]}, or a bare array.
 *
 * <p>Read as a stream, never as one tree: a body within its byte cap can still hold millions of tiny records, which
 * as a tree take gigabytes. At most {@code maxRecords} array elements are read (more is a malformed answer), and of
 * each record only the scalar fields the monitor uses are kept.
 */
final class StateEnvelopes {

    /** One answer's records, the lastPollTime beside them, and what it says of further pages. */
    record StateList(List<AgentStateRecord> records, Optional<String> lastPollTime, PageInfo page) {}

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> TOP_LISTS = List.of("agentStates", "agentState", "states");
    private static final List<String> RESULT_SET_LISTS = List.of("agentState", "agentStates");
    private static final Set<String> RECORD_FIELDS = AgentStateRecord.READ_FIELDS;

    private StateEnvelopes() {}

    static StateList read(HttpReply reply, int maxRecords) {
        return read(reply, maxRecords, 0);
    }

    /**
     * One page of a read over several: {@code maxRecords} bounds all pages together, {@code readBefore} were on the
     * pages before this one.
     */
    static StateList read(HttpReply reply, int maxRecords, int readBefore) {
        Reading reading = new Reading(reply, maxRecords, readBefore);
        try (JsonParser parser = JsonBodies.parser(reply)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new CxoneCallException(FailureMapper.malformed(reply, FailureCause.INVALID_JSON, "empty body where JSON was expected"));
            }
            if (first == JsonToken.START_ARRAY) {
                reading.top.put("", reading.records(parser));
            } else if (first == JsonToken.START_OBJECT) {
                reading.envelope(parser, reading.top, reading.topPollTime, true);
            }
        } catch (JsonProcessingException e) {
            throw new CxoneCallException(FailureMapper.malformed(reply, FailureCause.INVALID_JSON, "invalid JSON (" + e.getOriginalMessage() + ")"));
        } catch (IOException e) {
            throw new CxoneCallException(FailureMapper.malformed(reply, FailureCause.INVALID_JSON, "unreadable JSON (" + e.getMessage() + ")"));
        }
        return reading.result();
    }

    /** What one answer held so far, by list name in each level, and the count that bounds it. */
    private static final class Reading {
        private final HttpReply reply;
        private final int maxRecords;
        private final Map<String, List<AgentStateRecord>> top = new LinkedHashMap<>();
        private final Map<String, List<AgentStateRecord>> resultSet = new LinkedHashMap<>();
        private final String[] topPollTime = new String[1];
        private final String[] resultSetPollTime = new String[1];
        private final int readBefore;
        private int elements;
        private Long totalRecords;
        private String next;

        Reading(HttpReply reply, int maxRecords, int readBefore) {
            this.reply = reply;
            this.maxRecords = maxRecords;
            this.readBefore = readBefore;
            this.elements = readBefore;
        }

        /** At the object's START_OBJECT; reads to its END_OBJECT. */
        void envelope(JsonParser parser, Map<String, List<AgentStateRecord>> lists, String[] pollTime, boolean topLevel) throws IOException {
            List<String> listNames = topLevel ? TOP_LISTS : RESULT_SET_LISTS;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_ARRAY && listNames.contains(name) && !lists.containsKey(name)) {
                    lists.put(name, records(parser));
                } else if (value == JsonToken.START_OBJECT && topLevel && "resultSet".equals(name)) {
                    envelope(parser, resultSet, resultSetPollTime, false);
                } else if ("lastPollTime".equals(name) && value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                    pollTime[0] = parser.getText().isEmpty() ? null : parser.getText();
                } else if (topLevel && "totalRecords".equals(name) && value.isScalarValue()) {
                    totalRecords = Lenient.longValue(MAPPER.createObjectNode().set(name, MAPPER.readTree(parser)), name);
                } else if (topLevel && "_links".equals(name) && value == JsonToken.START_OBJECT) {
                    next = Lenient.text(MAPPER.readTree(parser), "next");
                } else {
                    parser.skipChildren();
                }
            }
        }

        /** At the array's START_ARRAY; reads to its END_ARRAY, keeping the objects in it as records. */
        List<AgentStateRecord> records(JsonParser parser) throws IOException {
            List<AgentStateRecord> records = new ArrayList<>();
            for (JsonToken element; (element = parser.nextToken()) != JsonToken.END_ARRAY && element != null; ) {
                if (++elements > maxRecords) {
                    throw new CxoneCallException(FailureMapper.malformed(reply, FailureCause.UNEXPECTED_SHAPE, "more than " + maxRecords
                            + (maxRecords == 1 ? " agent state record in an answer about one agent" : " agent state records in one "
                            + (readBefore == 0 ? "answer" : "read over several pages")
                            + ", more than the monitor reads (the largest tenant it supports)") + ": stopped reading"));
                }
                if (element == JsonToken.START_OBJECT) {
                    records.add(AgentStateRecord.fromJson(knownFields(parser, reply.redactor())));
                } else {
                    parser.skipChildren();
                }
            }
            return records;
        }

        /**
         * The scalar fields of one record that the monitor reads, text flattened and without registered secrets (names
         * and state names reach logs and reports); nested values and unknown fields are skipped.
         */
        private static JsonNode knownFields(JsonParser parser, Redactor redactor) throws IOException {
            ObjectNode record = MAPPER.createObjectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value.isScalarValue() && RECORD_FIELDS.contains(name)) {
                    JsonNode scalar = MAPPER.readTree(parser);
                    if (scalar != null && scalar.isTextual()) {
                        scalar = TextNode.valueOf(redactor.redactKnown(scalar.textValue()));
                    }
                    record.set(name, scalar == null ? NullNode.getInstance() : scalar);
                } else {
                    parser.skipChildren();
                }
            }
            return record;
        }

        StateList result() {
            List<AgentStateRecord> list = first(top, List.of("", "agentStates", "agentState", "states"));
            if (list == null) {
                list = first(resultSet, RESULT_SET_LISTS);
            }
            if (list == null) {
                throw new CxoneCallException(FailureMapper.malformed(reply, FailureCause.UNEXPECTED_SHAPE, "no agentStates array in the answer"));
            }
            return new StateList(list, Optional.ofNullable(topPollTime[0] != null ? topPollTime[0] : resultSetPollTime[0]),
                    PageInfo.of(totalRecords, next));
        }

        private static List<AgentStateRecord> first(Map<String, List<AgentStateRecord>> lists, List<String> inOrder) {
            return inOrder.stream().filter(lists::containsKey).map(lists::get).findFirst().orElse(null);
        }
    }
}

package dev.cxmon.diagnose;

import dev.cxmon.config.ConfigProblem;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Checks the user's --updated-since before it is sent: a usage error is ours to report, not CXone's. Pure. */
public final class UpdatedSince {

    public static final String OPTION = "--updated-since";
    static final String FIX = "pass an ISO-8601 time with its zone, as CXone writes it, e.g. " + OPTION
            + " 2026-11-25T10:00:00.000Z (or leave it out)";

    private UpdatedSince() {}

    public static Optional<ConfigProblem> problem(Optional<String> updatedSince) {
        return updatedSince.filter(value -> !isTimestamp(value)).map(value -> new ConfigProblem(OPTION,
                "'" + value + "' is not an ISO-8601 timestamp such as 2026-11-25T10:00:00.000Z.", FIX));
    }

    private static boolean isTimestamp(String value) {
        try {
            OffsetDateTime.parse(value.trim());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}

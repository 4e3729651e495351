package dev.cxmon.simulator;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The tenant's unavailable codes, looked up by name (case-insensitive, as CXone users type them) or by id. Immutable. */
final class UnavailableCodes {

    /** What a tenant file without an {@code unavailableCodes} section gets: the demo tenant's codes. */
    static final List<UnavailableCode> STANDARD = List.of(
            new UnavailableCode(11, "Break", false),
            new UnavailableCode(12, "Lunch", false),
            new UnavailableCode(13, "Training", false),
            new UnavailableCode(14, "Meeting", false),
            new UnavailableCode(15, "Personal", false),
            new UnavailableCode(20, "After Call Work", true));

    private final List<UnavailableCode> codes;

    UnavailableCodes(List<UnavailableCode> codes) {
        this.codes = List.copyOf(codes);
    }

    List<UnavailableCode> all() {
        return codes;
    }

    Optional<UnavailableCode> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return codes.stream().filter(c -> c.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    Optional<UnavailableCode> byId(long id) {
        return codes.stream().filter(c -> c.id() == id).findFirst();
    }

    /** The code {@code isACW: true} means when no reason is named: the first after-call-work code. */
    Optional<UnavailableCode> afterCallWork() {
        return codes.stream().filter(UnavailableCode::acw).findFirst();
    }

    /** @throws IllegalArgumentException naming the reason and the codes there are */
    UnavailableCode requireName(String name) {
        return byName(name).orElseThrow(() -> new IllegalArgumentException(
                "'" + name + "' is not an unavailable code of this tenant (" + names() + ")"));
    }

    /** @throws IllegalArgumentException naming the id and the codes there are */
    UnavailableCode requireId(long id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("outStateId " + id
                + " is not an unavailable code of this tenant (" + codes.stream().map(c -> c.id() + " " + c.name())
                .collect(Collectors.joining(", ")) + ")"));
    }

    String names() {
        return codes.stream().map(UnavailableCode::name).collect(Collectors.joining(", "));
    }
}

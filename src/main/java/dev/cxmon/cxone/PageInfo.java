package dev.cxmon.cxone;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.OptionalLong;

/** What one answer of a paginated list says about the list: {@code totalRecords} and {@code _links.next} (cxone-api.md §4.6). */
record PageInfo(OptionalLong totalRecords, Optional<String> next) {

    static final PageInfo NONE = new PageInfo(OptionalLong.empty(), Optional.empty());

    /** A total that is no count (negative, text, a fraction) is no total: the list is then read by its links alone. */
    static PageInfo of(Long totalRecords, String next) {
        OptionalLong total = totalRecords == null || totalRecords < 0 ? OptionalLong.empty() : OptionalLong.of(totalRecords);
        return new PageInfo(total, Optional.ofNullable(next).map(String::trim).filter(link -> !link.isEmpty()));
    }

    static PageInfo fromJson(JsonNode body) {
        JsonNode links = body == null ? null : body.get("_links");
        return of(Lenient.longValue(body, "totalRecords"), links != null && links.isObject() ? Lenient.text(links, "next") : null);
    }

    /** A page that says nothing of the total (e.g. an empty 204) keeps the total the pages before it announced. */
    PageInfo orTotalOf(PageInfo earlier) {
        return totalRecords.isPresent() ? this : new PageInfo(earlier.totalRecords, next);
    }
}

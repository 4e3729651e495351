package dev.cxmon.cxone;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which page of a paginated CXone list to ask for next (cxone-api.md §4.6). Pure.
 *
 * <p>{@code _links.next} is followed when it names the same resource on the same API host (scheme, host, port and path;
 * only its query is taken), so the bearer token never goes anywhere else; otherwise, while {@code totalRecords} says
 * more remain, {@code skip} moves on by the records the page held (not by the {@code top} asked, which a server may cap).
 * A walk that cannot end well is {@link Broken}: an empty page while more were announced, a link to the page just read, or
 * more than {@link #MAX_PAGES} pages.
 */
final class NextPage {

    /**
     * The most pages one read may take: the largest supported tenant ({@link AnswerLimits#BULK_RECORDS} agents) in pages of
     * 100. A server that pages smaller than that, or never ends, fails the read instead of costing calls without end.
     */
    static final int MAX_PAGES = 250;

    sealed interface Step permits Done, Fetch, Broken {}

    /** Every record was read. */
    record Done() implements Step {}

    /** Ask for this query next; {@code refusedLink} names a {@code _links.next} elsewhere that was not followed. */
    record Fetch(Map<String, String> query, Optional<String> refusedLink) implements Step {}

    /** The read cannot be completed: it is no snapshot. */
    record Broken(String why) implements Step {}

    private NextPage() {}

    /**
     * @param resource  the list's absolute URL without a query: where every page is asked
     * @param asked     the query of the page just read
     * @param page      what that page said of the list, with the total announced before if it said none
     * @param onPage    records on that page
     * @param readSoFar records on every page so far, that one included
     * @param pagesRead pages read so far, that one included
     */
    static Step after(URI resource, Map<String, String> asked, PageInfo page, int onPage, long readSoFar, int pagesRead) {
        boolean moreAnnounced = page.totalRecords().isPresent() && readSoFar < page.totalRecords().getAsLong();
        if (onPage == 0) {
            return moreAnnounced ? new Broken("page " + pagesRead + " holds no records, but totalRecords is "
                    + page.totalRecords().getAsLong() + " and only " + readSoFar + " were read") : new Done();
        }
        Optional<Map<String, String>> linked = page.next().flatMap(next -> sameResource(resource, next));
        Optional<String> refused = page.next().filter(next -> linked.isEmpty());
        Map<String, String> next;
        if (linked.isPresent()) {
            next = linked.get();
        } else if (moreAnnounced) {
            next = new LinkedHashMap<>(asked);
            next.put("skip", Long.toString(skipOf(asked) + onPage));
        } else {
            return new Done();
        }
        if (next.equals(asked)) {
            return new Broken("_links.next of page " + pagesRead + " names that page again");
        }
        if (pagesRead >= MAX_PAGES) {
            return new Broken("more than " + MAX_PAGES + " pages (" + readSoFar + " records read"
                    + page.totalRecords().stream().mapToObj(total -> " of " + total).findFirst().orElse("") + ")");
        }
        return new Fetch(next, refused);
    }

    /** The link's query, when it names the same resource on the same host as {@code resource}. */
    static Optional<Map<String, String>> sameResource(URI resource, String link) {
        URI url;
        try {
            url = resource.resolve(new URI(link.trim()));
        } catch (URISyntaxException | IllegalArgumentException notAUrl) {
            return Optional.empty();
        }
        if (url.getScheme() == null || !url.getScheme().equalsIgnoreCase(resource.getScheme()) || url.getHost() == null
                || !url.getHost().equalsIgnoreCase(resource.getHost()) || port(url) != port(resource)
                || url.getRawUserInfo() != null || !trimSlash(url.getPath()).equalsIgnoreCase(trimSlash(resource.getPath()))) {
            return Optional.empty();
        }
        Map<String, String> query = new LinkedHashMap<>();
        if (url.getRawQuery() != null) {
            for (String pair : url.getRawQuery().split("&")) {
                if (!pair.isEmpty()) {
                    String[] nameValue = pair.split("=", 2);
                    query.putIfAbsent(decode(nameValue[0]), nameValue.length > 1 ? decode(nameValue[1]) : "");
                }
            }
        }
        return Optional.of(query);
    }

    private static long skipOf(Map<String, String> query) {
        try {
            return Math.max(0, Long.parseLong(query.getOrDefault("skip", "0").trim()));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private static int port(URI url) {
        if (url.getPort() >= 0) {
            return url.getPort();
        }
        return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }

    private static String trimSlash(String path) {
        String p = path == null ? "" : path;
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return text;
        }
    }
}

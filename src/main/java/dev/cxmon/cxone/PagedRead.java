package dev.cxmon.cxone;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Reads a paginated CXone list page by page as one answer (cxone-api.md §4.6; which page comes next is
 * {@link NextPage}'s rule). Any page that fails, and any read that cannot make a whole, throws.
 */
final class PagedRead {

    private static final Logger LOG = Logger.getLogger(PagedRead.class);

    /** One GET of the tenant's API, with the session's token and its one retry after a 401. */
    @FunctionalInterface
    interface Fetcher {
        HttpReply get(Operation operation, String pathAndQuery, Function<String, Response> call);
    }

    private final URI servicesBase;
    private final Fetcher fetcher;

    PagedRead(URI servicesBase, Fetcher fetcher) {
        this.servicesBase = servicesBase;
        this.fetcher = fetcher;
    }

    /** One page's records and what it says of the pages after it. */
    record Page<T>(List<T> items, PageInfo info) {}

    /** Every page's records; the first answer's status, and whether it had no content (204, an empty body, or 304). */
    record Pages<T>(List<T> items, int firstStatus, boolean firstHadNoContent) {}

    @FunctionalInterface
    interface PageReader<T> {
        Page<T> read(HttpReply reply, int readBefore);
    }

    /**
     * Reads a paginated list to its end (see {@link NextPage}). A 304 on the first page is "not modified" for the caller
     * to interpret; any failure on any page throws. All pages together stay within the caps of one bulk answer.
     */
    <T> Pages<T> read(Operation operation, String path, Map<String, String> firstQuery,
            BiFunction<String, Map<String, String>, Response> call, PageReader<T> reader) {
        return read(operation, path, firstQuery, call, reader, Integer.MAX_VALUE);
    }

    /** As {@link #read}, but stops after {@code pageLimit} pages: a deliberate sample, for a caller that knows it is one. */
    <T> Pages<T> read(Operation operation, String path, Map<String, String> firstQuery,
            BiFunction<String, Map<String, String>, Response> call, PageReader<T> reader, int pageLimit) {
        URI resource = URI.create(servicesBase + path);
        List<T> items = new ArrayList<>();
        Map<String, String> query = firstQuery;
        PageInfo info = PageInfo.NONE;
        List<T> previous = List.of();
        long characters = 0;
        int firstStatus = 0;
        for (int pages = 1; ; pages++) {
            Map<String, String> asked = query;
            HttpReply reply = fetcher.get(operation, path + queryString(asked), auth -> call.apply(auth, asked));
            boolean noContent = reply.status() == 204 || reply.emptyBody();
            if (pages == 1) {
                firstStatus = reply.status();
                if (reply.status() == 304 && (operation == Operation.BULK_STATES || operation == Operation.SKILL_ACTIVITY)) {
                    return new Pages<>(List.of(), 304, true);
                }
            }
            if (!reply.success()) {
                throw JsonBodies.statusFailure(reply);
            }
            if (pages == 1 && noContent) {
                return new Pages<>(List.of(), firstStatus, true);
            }
            characters += reply.body() == null ? 0 : reply.body().length();
            if (characters > AnswerLimits.PAGED_READ_BYTES) {
                throw new CxoneCallException(FailureMapper.malformed(reply, FailureCause.UNEXPECTED_SHAPE, "more than "
                        + AnswerLimits.PAGED_READ_BYTES / AnswerLimits.MIB + " MiB over " + pages + " pages: stopped reading"));
            }
            Page<T> page = noContent ? new Page<>(List.of(), PageInfo.NONE) : reader.read(reply, items.size());
            if (!page.items().isEmpty() && page.items().equals(previous)) {
                throw new CxoneCallException(FailureMapper.malformed(reply, FailureCause.UNEXPECTED_SHAPE, "page " + pages
                        + " repeats the page before it (the server does not move on with skip): the read cannot be completed"));
            }
            items.addAll(page.items());
            previous = page.items();
            info = page.info().orTotalOf(info);
            NextPage.Step next = NextPage.after(resource, asked, info, page.items().size(), items.size(), pages);
            if (next instanceof NextPage.Done || pages >= pageLimit) {
                return new Pages<>(items, firstStatus, false);
            }
            if (next instanceof NextPage.Broken broken) {
                throw new CxoneCallException(FailureMapper.malformed(reply, FailureCause.UNEXPECTED_SHAPE,
                        broken.why() + ": the read is incomplete, so none of it is used"));
            }
            if (Thread.currentThread().isInterrupted()) {
                // the poll gave up on this read at its deadline: no further pages are asked for
                throw new CxoneCallException(new CxoneFailure(FailureKind.NETWORK, FailureCause.TIMEOUT, reply.exchange(),
                        "the read was given up after " + pages + " pages", Optional.empty(), Optional.empty()));
            }
            NextPage.Fetch fetch = (NextPage.Fetch) next;
            fetch.refusedLink().ifPresent(link -> LOG.warnf("_links.next of %s points elsewhere (%s): not followed, the bearer token "
                    + "goes only to %s; the next page is asked with skip", operation, reply.redactor().redact(link), resource));
            query = fetch.query();
        }
    }

    private static String queryString(Map<String, String> query) {
        StringJoiner joined = new StringJoiner("&", "?", "");
        query.forEach((name, value) -> joined.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.isEmpty() ? "" : joined.toString();
    }
}

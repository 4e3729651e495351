package dev.cxmon.monitor;

import dev.cxmon.cxone.AgentRecord;
import dev.cxmon.cxone.CxoneApi;
import dev.cxmon.cxone.Redactor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Several user names with one GET /agents?searchString=: the search matches its text within user names (and names and
 * e-mail addresses), so one search for the text the names share (often "@company.example") can answer them all with
 * one page. It only finds: a name its page does not hold is searched on its own afterwards, so a search that matched
 * more agents than one page holds, or a tenant whose search matches differently, never makes a name unknown.
 */
final class UserNameSearch {

    private static final Logger LOG = Logger.getLogger(RosterPoller.class);

    /** Shorter shared text would match most of a tenant and answer nothing. */
    static final int MIN_SHARED_TEXT = 3;
    /** One search answers at most one page (the client asks for 100 agents), so more names than that never share one. */
    static final int NAMES_PER_SEARCH = 100;

    private UserNameSearch() {}

    /**
     * @return the agent of each user name (lower case) that shared searches found by an exact user name or e-mail
     *         address; the names missing are left to a search of their own
     */
    static Map<String, AgentRecord> shared(List<String> userNames, CxoneApi api, ExecutorService workers, long withinNanos)
            throws InterruptedException {
        Set<String> wanted = new TreeSet<>();
        userNames.forEach(name -> wanted.add(name.toLowerCase(Locale.ROOT)));
        if (wanted.size() < 2) {
            return Map.of();
        }
        List<Callable<List<AgentRecord>>> searches = new ArrayList<>();
        List<String> sorted = List.copyOf(wanted);
        for (int from = 0; from < sorted.size(); from += NAMES_PER_SEARCH) {
            List<String> group = sorted.subList(from, Math.min(sorted.size(), from + NAMES_PER_SEARCH));
            if (group.size() >= 2) {
                sharedText(group).ifPresent(text -> searches.add(() -> api.searchAgentsFirstPage(text)));
            }
        }
        Map<String, AgentRecord> found = new HashMap<>();
        for (Future<List<AgentRecord>> search : workers.invokeAll(searches, Math.max(0, withinNanos), TimeUnit.NANOSECONDS)) {
            if (search.isCancelled()) {
                continue;
            }
            try {
                for (AgentRecord agent : search.get()) {
                    if (agent.agentId() != null) {
                        remember(agent, agent.userName(), wanted, found);
                        remember(agent, agent.emailAddress(), wanted, found);
                    }
                }
            } catch (ExecutionException e) {
                // Answers nothing: each name is then searched on its own, and that search reports what is wrong.
                LOG.debugf("a search shared by several user names failed, they are searched one by one: %s",
                        Redactor.stripControls(e.getCause().toString()));
            }
        }
        return found;
    }

    private static void remember(AgentRecord agent, String name, Set<String> wanted, Map<String, AgentRecord> found) {
        if (name != null && wanted.contains(name.toLowerCase(Locale.ROOT))) {
            found.putIfAbsent(name.toLowerCase(Locale.ROOT), agent);
        }
    }

    /** The longest text that every name contains, when it is at least {@link #MIN_SHARED_TEXT} characters long. */
    static Optional<String> sharedText(List<String> names) {
        String shortest = names.stream().min(Comparator.comparingInt(String::length)).orElse("");
        for (int length = shortest.length(); length >= MIN_SHARED_TEXT; length--) {
            for (int start = 0; start + length <= shortest.length(); start++) {
                String candidate = shortest.substring(start, start + length);
                if (names.stream().allMatch(name -> name.contains(candidate))) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}

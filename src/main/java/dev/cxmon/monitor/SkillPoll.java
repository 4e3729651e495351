package dev.cxmon.monitor;

import dev.cxmon.cxone.CxoneApi;
import dev.cxmon.cxone.CxoneCallException;
import dev.cxmon.cxone.CxoneFailure;
import dev.cxmon.cxone.FailureKind;
import dev.cxmon.cxone.SkillActivity;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * A poll's skill step: one read of GET /skills/activity (all its pages), after the agent states, merged into a
 * {@link SkillSnapshot} and handed to the {@link SkillObserver}. Nothing that happens here touches the agents: a failure
 * (a 403 above all: the token's profile lacks the real-time skill permission) is the skills' own, logged once per change
 * of reason, and their series are removed until a read succeeds again.
 */
final class SkillPoll {

    private static final Logger LOG = Logger.getLogger(SkillPoll.class);

    private final SkillSettings settings;
    private final SkillObserver observer;
    private final Duration fullResyncEvery;
    private final SkillSnapshot snapshot = new SkillSnapshot();
    /** The reason of the last failed read, null after a success: the log says each change once, not each poll. */
    private FailureKind lastFailure;

    SkillPoll(SkillSettings settings, SkillObserver observer, Duration fullResyncEvery) {
        this.settings = settings;
        this.observer = observer;
        this.fullResyncEvery = fullResyncEvery;
    }

    boolean enabled() {
        return settings.enabled();
    }

    /** Reads the skills once, on a worker so that the poll stops waiting at its deadline. Never throws. */
    void poll(CxoneApi api, Instant now, ExecutorService workers, PollDeadline deadline) {
        if (!settings.enabled()) {
            return;
        }
        if (deadline.remainingNanos() <= 0) {
            failed(FailureKind.NOT_POLLED, "the poll's deadline came before the skill activity call");
            return;
        }
        boolean full = snapshot.fullReadDue(now, fullResyncEvery);
        Optional<String> updatedSince = snapshot.updatedSince(full);
        Future<SkillActivity> call;
        try {
            call = workers.submit(() -> api.skillActivity(updatedSince));
        } catch (RuntimeException rejected) {
            failed(FailureKind.NOT_POLLED, "the skill activity call could not be started (" + rejected.getMessage() + ")");
            return;
        }
        try {
            SkillActivity answer = call.get(deadline.remainingNanos(), TimeUnit.NANOSECONDS);
            if (full) {
                snapshot.applyFull(answer, now);
            } else {
                snapshot.applyDelta(answer);
            }
            succeeded(now);
        } catch (TimeoutException e) {
            call.cancel(true);
            failed(FailureKind.NOT_POLLED, "the skill activity call did not answer within the poll's deadline");
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            failed(FailureKind.NOT_POLLED, "the poll was interrupted during the skill activity call");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CxoneCallException failure) {
                failed(failure.failure());
            } else {
                failed(FailureKind.MALFORMED, "the skill activity answer could not be used (" + e.getCause() + ")");
            }
        } catch (RuntimeException unexpected) {
            failed(FailureKind.MALFORMED, "the skill activity answer could not be used (" + unexpected + ")");
        }
    }

    /** No token this poll: the skills cannot be read either. */
    void noToken(CxoneFailure failure) {
        if (settings.enabled()) {
            failed(failure);
        }
    }

    private void succeeded(Instant now) {
        observer.skillsRead(snapshot.skills().stream().filter(settings::admits).toList(), now);
        if (lastFailure != null) {
            LOG.infof("skill activity: read again (%d skills)", snapshot.skills().size());
            lastFailure = null;
        }
    }

    private void failed(CxoneFailure failure) {
        String message = failure.kind() == FailureKind.SCOPE
                ? "403: the token's user may not read skill activity (SKILL_ACTIVITY_SCOPE, see /diagnosis/SKILL_ACTIVITY_SCOPE.md); "
                        + "give its security profile the real-time skill activity permission, or set cxone.metrics.skills=false"
                : failure.message() + " [" + failure.exchange().describe() + "]";
        failed(failure.kind(), message);
    }

    private void failed(FailureKind reason, String message) {
        snapshot.invalidate();
        observer.skillsNotRead(reason);
        if (reason != lastFailure) {
            LOG.warnf("skill activity: not read (%s), the cxone_skill_* series are removed until it is: %s; the agent metrics are "
                    + "not affected", reason.label(), message);
            lastFailure = reason;
        }
    }
}

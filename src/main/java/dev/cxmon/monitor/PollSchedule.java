package dev.cxmon.monitor;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import dev.cxmon.config.ConfigProblem;
import io.quarkus.runtime.configuration.DurationConverter;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * When to poll: {@code cxone.poll.every} (default 30s) or {@code cxone.poll.cron} (Quartz syntax, as the Quarkus
 * scheduler reads it). {@link #interval()} is the typical gap between polls, used for staleness.
 */
public record PollSchedule(Optional<Duration> every, Optional<String> cron, Duration interval) {

    public static final Duration MINIMUM = Duration.ofSeconds(1);

    public sealed interface Parsed permits Valid, Invalid {}

    public record Valid(PollSchedule schedule) implements Parsed {}

    public record Invalid(List<ConfigProblem> problems) implements Parsed {}

    /** As written in a setting, e.g. "30s" (for code that builds a schedule without the configuration). */
    public static Parsed parse(String every, Optional<String> cron) {
        return parse(DurationConverter.parseDuration(every.trim()), cron);
    }

    /**
     * A cron, when set, is the schedule and the interval (then only ever its default: ConfigValidator.validatePolling
     * refuses both given) is not read.
     *
     * @param every at least {@link #MINIMUM}, as CxoneConfig.Poll declares
     */
    public static Parsed parse(Duration every, Optional<String> cron) {
        if (cron.filter(c -> !c.isBlank()).isPresent()) {
            return parseCron(cron.get().trim());
        }
        return new Valid(new PollSchedule(Optional.of(every), Optional.empty(), every));
    }

    private static Parsed parseCron(String cron) {
        try {
            var parsed = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ)).parse(cron).validate();
            ExecutionTime times = ExecutionTime.forCron(parsed);
            ZonedDateTime first = times.nextExecution(ZonedDateTime.now(ZoneOffset.UTC)).orElseThrow();
            ZonedDateTime second = times.nextExecution(first).orElseThrow();
            Duration interval = Duration.between(first, second);
            return new Valid(new PollSchedule(Optional.empty(), Optional.of(cron), interval.compareTo(MINIMUM) < 0 ? MINIMUM : interval));
        } catch (RuntimeException e) {
            return new Invalid(List.of(new ConfigProblem("cxone.poll.cron", "'" + cron + "' is not a valid Quartz cron expression ("
                    + e.getMessage() + ").", "use six or seven fields, e.g. '0/30 * * * * ?' for every 30 seconds, or set cxone.poll.every")));
        }
    }

    /** No successful poll for three intervals means the monitor is stale. */
    public Duration staleAfter() {
        return interval.multipliedBy(3);
    }
}

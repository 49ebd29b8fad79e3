package dk.kernebot.privacy;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day: deletes what the retention periods say is due, and the data of conversations the bot left longer
 * ago than the grace period. Every kind is deleted in batches of their own transactions, so the job can be killed
 * at any moment and simply runs again; on several instances sharing one PostgreSQL each run finds what the others
 * left. What it deleted goes to the log and to the metric {@code kernebot.retention.deleted} (tag {@code kind}).
 */
@Component
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final List<PersonalTables> tables;
    private final RetentionSettings settings;
    private final ConversationRemovals removals;
    private final ConversationPurge purge;
    private final Batches batches;
    private final Clock clock;
    private final MeterRegistry metrics;

    RetentionJob(List<PersonalTables> tables, RetentionSettings settings, ConversationRemovals removals,
                 ConversationPurge purge, Batches batches, Clock clock, MeterRegistry metrics) {
        this.tables = tables;
        this.settings = settings;
        this.removals = removals;
        this.purge = purge;
        this.batches = batches;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Scheduled(cron = "${kernebot.retention.cron:0 30 3 * * *}", zone = "Europe/Copenhagen")
    void daily() {
        try {
            run();
        } catch (RuntimeException e) {
            // Whatever was deleted stays deleted; tomorrow's run goes on from there.
            log.error("The retention job failed", e);
        }
    }

    /** @return how many of each kind were deleted (or, for messages, emptied) */
    public Map<String, Integer> run() {
        Map<String, Integer> deleted = new LinkedHashMap<>();
        RetentionCutoffs cutoffs = RetentionCutoffs.of(settings, clock.instant(), clock.getZone());
        for (PersonalTables table : tables) {
            table.expire(clock.instant(), cutoffs, batches, deleted);
        }
        List<String> left = removals.due();
        left.forEach(purge::purge);
        deleted.put("removed-conversations", left.size());
        deleted.forEach((kind, count) -> metrics.counter("kernebot.retention.deleted", "kind", kind).increment(count));
        log.info("Retention: {}", deleted);
        return deleted;
    }
}

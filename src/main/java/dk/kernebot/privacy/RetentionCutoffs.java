package dk.kernebot.privacy;

import java.time.Instant;
import java.time.ZoneId;

/** The moments before which each kind of data is due, computed once per run from the settings and the clock. */
record RetentionCutoffs(long outboxSent, long outboxFailed, long sessions, long questions, long answers) {

    static RetentionCutoffs of(RetentionSettings settings, Instant now, ZoneId zone) {
        return new RetentionCutoffs(before(now, zone, settings.outboxSent()), before(now, zone, settings.outboxFailed()),
                before(now, zone, settings.sessions()), before(now, zone, settings.questions()),
                before(now, zone, settings.answers()));
    }

    private static long before(Instant now, ZoneId zone, java.time.Period period) {
        return now.atZone(zone).minus(period).toInstant().toEpochMilli();
    }
}

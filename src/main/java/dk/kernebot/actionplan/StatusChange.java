package dk.kernebot.actionplan;

import java.time.Instant;

/**
 * One entry of an action's history, as the export shows it.
 *
 * @param kind    CREATED, STATUS, DUE, OWNER, TEXT, CADENCE, HELP or EDITED (see {@link HistoryEntry})
 * @param from    the value before: a status code for STATUS, an ISO date for DUE, a name, a text, days; may be null
 * @param to      the value after
 * @param comment may be null
 */
public record StatusChange(Instant at, String byName, String kind, String from, String to, String comment) {

    /** A status set to {@code status} (from an unknown one). */
    public StatusChange(Instant at, String byName, String status, String comment) {
        this(at, byName, "STATUS", null, status, comment);
    }

    /** The status it ended in, for a status change; null for other kinds. */
    public String status() {
        return "STATUS".equals(kind) || "CREATED".equals(kind) ? to : null;
    }
}

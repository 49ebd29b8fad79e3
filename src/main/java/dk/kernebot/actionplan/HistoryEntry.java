package dk.kernebot.actionplan;

/**
 * One change of an action. {@code kind}: CREATED, STATUS, HELP (asked the leader for help), or what an edit changed:
 * DUE, OWNER, TEXT, CADENCE (with the value before and after), EDITED (an edit that only added a comment, and every
 * edit saved before the values were kept).
 */
record HistoryEntry(String id, String actionId, String kind, ActionStatus oldStatus, ActionStatus newStatus,
                    String byId, String byName, String comment, long at, String oldValue, String newValue) {

    static final String CREATED = "CREATED";
    static final String STATUS = "STATUS";
    static final String EDITED = "EDITED";
    static final String HELP = "HELP";
    static final String DUE = "DUE";
    static final String OWNER = "OWNER";
    static final String TEXT = "TEXT";
    static final String CADENCE = "CADENCE";

    /** The value before, as {@link ChangeLines} reads it: a status code for status changes. */
    String from() {
        return STATUS.equals(kind) || CREATED.equals(kind) ? (oldStatus == null ? null : oldStatus.name()) : oldValue;
    }

    String to() {
        return STATUS.equals(kind) || CREATED.equals(kind) ? (newStatus == null ? null : newStatus.name()) : newValue;
    }
}

package dk.kernebot.actionplan;

/** One change of an action. {@code kind}: CREATED, STATUS, EDITED or HELP (asked the leader for help). */
record HistoryEntry(String id, String actionId, String kind, ActionStatus oldStatus, ActionStatus newStatus,
                    String byId, String byName, String comment, long at) {

    static final String CREATED = "CREATED";
    static final String STATUS = "STATUS";
    static final String EDITED = "EDITED";
    static final String HELP = "HELP";
}

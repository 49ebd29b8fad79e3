package dk.kernebot.actionplan;

/**
 * One entry of a goal's history. {@code kind}: AGREED (as proposed), REWORDED (agreed in other words; {@code from}
 * is the proposal), EDITED ({@code from}/{@code to} the text), CLOSED, ADDED (at a dialogsamtale).
 *
 * @param byName who, in words; may name several ("Chris (skole- og dagtilbudschef) og Lise (dagtilbudsleder)")
 */
public record GoalChange(String kind, String byName, String from, String to, String comment, long at) {

    static final String AGREED = "AGREED";
    static final String REWORDED = "REWORDED";
    static final String EDITED = "EDITED";
    static final String CLOSED = "CLOSED";
    static final String ADDED = "ADDED";
}

package dk.kernebot.session;

/**
 * What a step asks of the group. A process (kerneopgave, kvalitetssamtale) is a list of steps of these kinds;
 * the engine knows the kinds, the processes are data.
 */
public enum StepKind {
    /** Puts the frame on the table: the formal kerneopgave, the værdisæt, the rules of the game. */
    FRAME,
    /** Everyone proposes a wording, tied to values; the group agrees on one. */
    PROPOSALS,
    /** Tasks and initiatives (bobler) placed on a ring of the board. */
    BUBBLES,
    /** Votes over the entries of an earlier step, and what goes into daily practice. */
    PRIORITY,
    /** Each participant records the role they take part in (dagtilbudschef, læringskonsulent, ...). */
    ROLES,
    /** An agenda point: notes, an assessment (what the data shows, blind spots) and proposed goals. */
    DIALOGUE,
    /** Questions: a reflection card first, then the leader. */
    QUESTIONS,
    /** What the group arrived at. */
    SUMMARY
}

package dk.kernebot.session.kind;

/**
 * One answer given in an agreement step: a deciding role's answer to a goal proposal, or someone's comment on it.
 *
 * @param role     the deciding role answered for (e.g. DAGTILBUDSCHEF), or {@link #COMMENT}
 * @param outcome  {@link #AGREED}, {@link #REWORDED}, {@link #NOT_NOW} or {@link #COMMENT}; for a handleplan goal at a
 *                 dialogsamtale {@link #KEEP}, {@link #REWORDED} or {@link #CLOSE}
 * @param text     the new words for REWORDED, the comment for COMMENT; null otherwise
 * @param seenText the proposal's words when it was answered: an answer to words changed since does not count
 */
record Decision(String proposalId, String role, String outcome, String text, String seenText, String byId,
                String byName, long at) {

    static final String AGREED = "AGREED";
    static final String REWORDED = "REWORDED";
    static final String NOT_NOW = "NOT_NOW";
    static final String COMMENT = "COMMENT";
    static final String KEEP = "KEEP";
    static final String CLOSE = "CLOSE";

    boolean isComment() {
        return COMMENT.equals(outcome);
    }

    /** The same answer as another's: the same outcome and, for new words, the same words (spacing and case aside). */
    boolean sameAs(Decision other) {
        if (!outcome.equals(other.outcome)) {
            return false;
        }
        return !REWORDED.equals(outcome) || normal(text).equals(normal(other.text));
    }

    static String normal(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}

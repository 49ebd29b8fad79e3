package dk.kernebot.reflection;

/**
 * One thing wrong in a deck file, precise enough to fix: where (the deck, a theme or a card, by id or by position
 * when the id itself is the problem), which field, and a problem code whose text lives in the message bundles
 * ({@code deck.problem.<code>}).
 */
public record DeckProblem(Where where, String id, String field, String code) {

    public enum Where { DECK, THEME, CARD }

    public static DeckProblem deck(String field, String code) {
        return new DeckProblem(Where.DECK, null, field, code);
    }

    public static DeckProblem theme(String id, String field, String code) {
        return new DeckProblem(Where.THEME, id, field, code);
    }

    public static DeckProblem card(String id, String field, String code) {
        return new DeckProblem(Where.CARD, id, field, code);
    }

    @Override
    public String toString() {
        return where.name().toLowerCase() + (id == null ? "" : " " + id) + ", " + field + ": " + code;
    }
}

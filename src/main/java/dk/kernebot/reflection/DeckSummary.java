package dk.kernebot.reflection;

/** A deck as listed for admins and for choosing: no cards, just what tells decks apart. */
public record DeckSummary(String id, int version, String nameDa, String nameEn, boolean builtin, int cardCount,
                          long updatedAt, Long retiredAt) {

    public boolean retired() {
        return retiredAt != null;
    }
}

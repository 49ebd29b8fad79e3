package dk.kernebot.reflection;

import java.util.List;
import java.util.Optional;

/** A deck of reflection cards over a set of themes. Built-in decks ship in the jar; institutions import their own. */
public record Deck(String id, int version, LocalizedText name, List<Theme> themes, List<ReflectionCard> cards) {

    public Deck {
        themes = List.copyOf(themes);
        cards = List.copyOf(cards);
    }

    public Optional<Theme> theme(String themeId) {
        return themes.stream().filter(t -> t.id().equals(themeId)).findFirst();
    }

    public Optional<ReflectionCard> card(String cardId) {
        return cards.stream().filter(c -> c.id().equals(cardId)).findFirst();
    }

    public List<ReflectionCard> cardsIn(String themeId) {
        return cards.stream().filter(c -> c.themeId().equals(themeId)).toList();
    }

    /** The cards for this age group, in the whole deck ({@code themeId} null) or in one theme. */
    public List<ReflectionCard> cardsFor(AgeGroup group, String themeId) {
        return cards.stream().filter(c -> themeId == null || c.themeId().equals(themeId)).filter(c -> c.isFor(group))
                .toList();
    }
}

package dk.kernebot.reflection;

/** A reflection card offered for a question, with the theme it belongs to. */
public record SuggestedCard(String deckId, ReflectionCard card, Theme theme) {
}

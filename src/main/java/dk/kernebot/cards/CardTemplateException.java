package dk.kernebot.cards;

/** A template that cannot be bound: a missing value or an expression outside the supported subset. */
public class CardTemplateException extends RuntimeException {

    public CardTemplateException(String template, String message) {
        super("Card template '" + template + "': " + message);
    }
}

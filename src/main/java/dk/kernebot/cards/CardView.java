package dk.kernebot.cards;

/**
 * The whole data of one card, as a record named by {@link CardTemplate}: the template's fields are the record's
 * components, so a misspelt or missing field is a compile error here or a failing {@code CardViewsTest}, never an
 * empty line in Teams. Nested records and lists of records stand for the template's nested data.
 */
public interface CardView {
}

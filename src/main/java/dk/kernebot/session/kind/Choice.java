package dk.kernebot.session.kind;

/** One choice of an Input.ChoiceSet. */
public record Choice(String title, String value) {
}

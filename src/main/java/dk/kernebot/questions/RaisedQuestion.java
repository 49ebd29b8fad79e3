package dk.kernebot.questions;

/**
 * A question to raise for the leader, with its context: {@code sourceRef} identifies the card or step it came
 * from ("standard/leg-03"), {@code sourceContext} is the text the group was looking at.
 */
public record RaisedQuestion(String text, QuestionSource source, String sourceRef, String sourceContext) {
}

package dk.kernebot.session.kind;

/** What every button on a step card sends back, and whether the buttons show at all. */
public record StepRef(String sessionId, String stepId, boolean isCurrent) {
}

package dk.kernebot.questions;

/** åben, undersøges, besvaret, afvist. */
public enum QuestionStatus {
    OPEN,
    INVESTIGATING,
    ANSWERED,
    REJECTED
}

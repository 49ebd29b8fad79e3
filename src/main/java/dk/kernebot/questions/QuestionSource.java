package dk.kernebot.questions;

/** Where a question was raised: typed, from a reflection card, or from a step of a guided session. */
public enum QuestionSource {
    TYPED,
    REFLECTION_CARD,
    SESSION_STEP
}

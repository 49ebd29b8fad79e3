package dk.kernebot.questions;

/** Where a question was raised: typed, from a reflection card, a step of a guided session, or a handleplan action. */
public enum QuestionSource {
    TYPED,
    REFLECTION_CARD,
    SESSION_STEP,
    ACTION_PLAN
}

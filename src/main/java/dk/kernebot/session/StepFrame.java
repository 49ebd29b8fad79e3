package dk.kernebot.session;

import dk.kernebot.cards.CardTemplate;
import dk.kernebot.cards.CardView;

/**
 * What every step card shows around its kind's part, bound to {@code cards/session-card.json}: the process and
 * step, the guidance, whether the step is still open, who has spoken, and the buttons that move the group on (or,
 * on an older card someone clicked, the one that brings up the step the group is at now). {@code version} is how
 * many times the group had been moved when the card was drawn: the nudge sends it back, so a copy from before the
 * group came back to this step is known as the older card it is.
 */
@CardTemplate("session-card")
record StepFrame(String sessionId, String stepId, String version, String processTitle, String stepHeading, String guidance,
                 boolean showChildrenReminder, String childrenReminder, boolean isReadOnly, String closedNote,
                 boolean hasError, boolean hasInfo, String note, boolean showVoices, String spokenText,
                 String quietText, String facilitatorNote, boolean showReflection, String reflectionLabel,
                 String reflectionCommand, boolean showNudge, String nudgeLabel, boolean showStepButtons,
                 String nextLabel, boolean hasBack, String backLabel, String pauseLabel, String endLabel,
                 boolean showRaise, String raiseLabel, String raiseInputLabel, String raisePlaceholder,
                 String raiseSubmit, boolean showCurrent, String currentLabel) implements CardView {
}

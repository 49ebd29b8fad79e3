package dk.kernebot.session.kind;

import java.util.Optional;

import dk.kernebot.cards.CardView;

/**
 * A step type's part of its card: a view bound to the kind's own template (its body goes into the shared step
 * frame, its actions next to the frame's), the entries it lists, and whether the frame shows the step buttons
 * (next, back, pause, end) or the kind brings its own.
 */
public record StepBody(CardView view, Optional<EntriesView> entries, boolean stepButtons) {

    public static StepBody of(CardView view) {
        return new StepBody(view, Optional.empty(), true);
    }

    public static StepBody of(CardView view, EntriesView entries) {
        return new StepBody(view, Optional.of(entries), true);
    }
}

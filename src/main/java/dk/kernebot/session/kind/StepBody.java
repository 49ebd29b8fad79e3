package dk.kernebot.session.kind;

import java.util.Optional;

/**
 * A step type's part of its card: a view bound to the kind's own template (its body goes into the shared step
 * frame, its actions next to the frame's), the entries it lists, and whether the frame shows the step buttons
 * (next, back, pause, end) or the kind brings its own.
 */
public record StepBody(String template, Object view, Optional<EntriesView> entries, boolean stepButtons) {

    public static StepBody of(String template, Object view) {
        return new StepBody(template, view, Optional.empty(), true);
    }

    public static StepBody of(String template, Object view, EntriesView entries) {
        return new StepBody(template, view, Optional.of(entries), true);
    }
}

package dk.kernebot.session;

import java.util.List;

import dk.kernebot.reflection.LocalizedText;

/**
 * A guided process loaded from src/main/resources/processes: its steps in order, and when to revisit it.
 *
 * @param revisitAfterMonths when the group is reminded to revisit the result; 0 for none
 * @param endsInHandleplan   whether completing the session turns its goals into the conversation's handleplan
 */
public record ProcessDefinition(String id, LocalizedText title, List<String> startKeywords, int revisitAfterMonths,
                                boolean endsInHandleplan, List<StepDefinition> steps) {

    public ProcessDefinition {
        startKeywords = List.copyOf(startKeywords);
        steps = List.copyOf(steps);
    }

    public StepDefinition step(int index) {
        return steps.get(Math.max(0, Math.min(index, steps.size() - 1)));
    }

    public int indexOf(String stepId) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(stepId)) {
                return i;
            }
        }
        return -1;
    }

    public int lastIndex() {
        return steps.size() - 1;
    }
}

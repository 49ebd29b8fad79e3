package dk.kernebot.session;

import java.util.List;

import dk.kernebot.reflection.LocalizedText;

/**
 * One step of a process as the process file describes it. What a kind makes of its settings is the kind's own
 * business ({@link dk.kernebot.session.kind.StepType}).
 *
 * @param kind           the step type's name, e.g. "PROPOSALS"
 * @param over           for a step that votes: the id of the earlier step whose entries are voted on
 * @param votesPerPerson for a step that votes: how many votes each participant has
 * @param categories     for a dialogue step: which kinds of entry it takes (NOTE, ASSESSMENT, GOAL)
 * @param aboutChildren  the step invites talk about children: its card reminds people not to write their names
 */
public record StepDefinition(String id, String kind, LocalizedText title, LocalizedText guidance,
                             String reflectionTheme, String over, int votesPerPerson, List<String> categories,
                             boolean aboutChildren) {

    public StepDefinition {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}

package dk.kernebot.session;

import dk.kernebot.reflection.LocalizedText;

/**
 * One step of a process as the process file describes it.
 *
 * @param over           for a PRIORITY step: the id of the step whose entries are voted on
 * @param votesPerPerson for a PRIORITY step: how many votes each participant has
 * @param categories     for a DIALOGUE step: which kinds of entry it takes (NOTE, ASSESSMENT, GOAL)
 * @param aboutChildren  the step invites talk about children: its card reminds people not to write their names
 */
public record StepDefinition(String id, StepKind kind, LocalizedText title, LocalizedText guidance,
                             String reflectionTheme, String over, int votesPerPerson, java.util.List<String> categories,
                             boolean aboutChildren) {

    public static final java.util.List<String> CATEGORIES = java.util.List.of("NOTE", "ASSESSMENT", "GOAL");

    public StepDefinition {
        categories = categories == null ? java.util.List.of() : java.util.List.copyOf(categories);
    }

    /** Steps where people contribute, so the card shows who has and who has not yet. */
    public boolean collectsVoices() {
        return kind == StepKind.PROPOSALS || kind == StepKind.BUBBLES || kind == StepKind.PRIORITY
                || kind == StepKind.ROLES || kind == StepKind.DIALOGUE;
    }
}

package dk.kernebot.reflection;

import java.util.List;

/**
 * One refleksionskort: a question for the group and one to three prompts that open the conversation.
 * {@code aboutChildren} marks a card that invites talk about particular children: it reminds the group not to write
 * children's names or anything that could identify a child. {@code ageGroup} is whom the card is written for
 * (vuggestue, børnehave, or both when the file says nothing).
 */
public record ReflectionCard(String id, String themeId, LocalizedText question, List<LocalizedText> prompts,
                             boolean aboutChildren, AgeGroup ageGroup) {

    public ReflectionCard {
        prompts = List.copyOf(prompts);
        ageGroup = ageGroup == null ? AgeGroup.BEGGE : ageGroup;
    }

    public boolean isFor(AgeGroup group) {
        return group.admits(ageGroup);
    }
}

package dk.kernebot.reflection;

import java.util.List;

/** One refleksionskort: a question for the group and one to three prompts that open the conversation. */
public record ReflectionCard(String id, String themeId, LocalizedText question, List<LocalizedText> prompts) {

    public ReflectionCard {
        prompts = List.copyOf(prompts);
    }
}

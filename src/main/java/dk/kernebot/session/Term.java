package dk.kernebot.session;

import java.util.Locale;

import dk.kernebot.reflection.LocalizedText;

/**
 * One word of a process's vocabulary (a ring, a role, a category, a quality type, a capital), as its file declares
 * it: the id stored with an entry, its label, and how a form offers it.
 *
 * @param choice how an input offers it ("Et forslag til mål"); the label when the file gives none
 * @param goal    for a category: entries of it are goals, which a process that ends in the handleplan carries over
 * @param decides for a role: the people holding it agree on the goals (Nordfyn: the chef and the dagtilbudsleder)
 * @param action  for a category: entries of it can become actions in the handleplan from the summary's form (what a
 *                læreplan evaluation changes), as bobler done in practice can
 */
public record Term(String id, LocalizedText label, LocalizedText choice, boolean goal, boolean decides,
                   boolean action) {

    public Term(String id, LocalizedText label, LocalizedText choice, boolean goal, boolean decides) {
        this(id, label, choice, goal, decides, false);
    }

    public String label(Locale locale) {
        return label.in(locale);
    }

    public String choice(Locale locale) {
        return (choice == null ? label : choice).in(locale);
    }
}

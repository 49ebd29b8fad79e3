package dk.kernebot.session.kind;

/**
 * The labels of the form on which people add an entry ("Giv et bud", "Tilføj en boble"), from the bundle keys
 * {@code session.contribute.<KIND>}, {@code session.input.<KIND>}, {@code session.placeholder.<KIND>}.
 */
public record ContributeForm(String contributeLabel, String inputLabel, String inputPlaceholder, String inputError,
                             String submitLabel) {

    static ContributeForm of(dk.kernebot.session.SessionTexts texts, java.util.Locale locale, String kind) {
        return of(texts, locale, kind, texts.t(locale, "session.placeholder." + kind));
    }

    /** With the process's own example in the input ({@code session.placeholder.<KIND>.<process id>}), if it has one. */
    static ContributeForm of(dk.kernebot.session.SessionTexts texts, java.util.Locale locale, String kind,
                             dk.kernebot.session.ProcessDefinition process) {
        return of(texts, locale, kind, texts.forProcess(locale, "session.placeholder." + kind, process));
    }

    private static ContributeForm of(dk.kernebot.session.SessionTexts texts, java.util.Locale locale, String kind,
                                     String placeholder) {
        return new ContributeForm(texts.t(locale, "session.contribute." + kind), texts.t(locale, "session.input." + kind),
                placeholder, texts.t(locale, "session.input.required"), texts.t(locale, "session.submit"));
    }
}

package dk.kernebot.language;

/** Where a user-facing text comes from, as far as the glossary's exceptions care. */
enum TextKind {
    /** Kernebot's own words: bundles, processes, manifest, README. */
    KERNEBOT,
    /** Replies only Kernebot administrators get when they put a file (deck or institution). */
    ADMIN,
    /** The content of the reflection cards themselves. */
    DECK;

    static TextKind fromGlossary(String word) {
        TextKind kind = Glossary.KINDS.get(word.toLowerCase(java.util.Locale.ROOT));
        if (kind == null) {
            throw new AssertionError("docs/ordliste.md: unknown exception \"" + word + "\" in \"Skriv ikke\" (use "
                    + String.join(" or ", Glossary.KINDS.keySet()) + ")");
        }
        return kind;
    }
}

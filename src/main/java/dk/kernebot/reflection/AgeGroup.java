package dk.kernebot.reflection;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The children a card is written for, or a conversation works with: the vuggestue (0-2 years), the børnehave
 * (3-5 years), or both. A conversation with one age group draws only cards for that group or for both; a
 * conversation with both (an integrated institution, or nobody has said) draws every card.
 */
public enum AgeGroup {

    VUGGESTUE("vuggestue", "nursery", "vuggestuen", "creche", "toddlers"),
    BOERNEHAVE("børnehave", "kindergarten", "børnehaven", "preschool"),
    BEGGE("begge", "both", "alle", "all", "begge dele");

    private final String id;
    private final String english;
    private final String[] aliases;

    AgeGroup(String id, String english, String... aliases) {
        this.id = id;
        this.english = english;
        this.aliases = aliases;
    }

    /** The value in deck and institution files ("vuggestue", "børnehave", "begge"). */
    public String id() {
        return id;
    }

    /** Whether a conversation of this age group may draw a card written for {@code card}. */
    public boolean admits(AgeGroup card) {
        return this == BEGGE || card == BEGGE || card == this;
    }

    /** The value of a file, exactly as the schema allows it. */
    public static Optional<AgeGroup> ofId(String id) {
        return Arrays.stream(values()).filter(g -> g.id.equals(id)).findFirst();
    }

    /** What a person types after "aldersgruppe": Danish or English, with or without æ/ø/å, any letter case. */
    public static Optional<AgeGroup> typed(String text) {
        String wanted = fold(text);
        return Arrays.stream(values())
                .filter(g -> fold(g.id).equals(wanted) || fold(g.english).equals(wanted)
                        || Arrays.stream(g.aliases).anyMatch(a -> fold(a).equals(wanted)))
                .findFirst();
    }

    /** Key of the group's name in the message bundles. */
    String textKey() {
        return "ageGroup.name." + name().toLowerCase(Locale.ROOT);
    }

    private static String fold(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT).strip().replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("\\s+", " ");
    }
}

package dk.kernebot.actionplan;

import java.util.List;
import java.util.Locale;

/** The tags a goal may carry (Nordfyn: structure, process and result quality; individual, social and decision capital). */
final class GoalTags {

    static final List<String> QUALITY_TYPES = List.of("STRUKTUR", "PROCES", "RESULTAT");
    static final List<String> CAPITALS = List.of("INDIVIDUEL", "SOCIAL", "BESLUTNING");

    private GoalTags() {
    }

    /** The tag in its stored form, or null when absent or not one of the allowed values. */
    static String qualityType(String value) {
        return pick(value, QUALITY_TYPES);
    }

    static String capital(String value) {
        return pick(value, CAPITALS);
    }

    private static String pick(String value, List<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String upper = value.strip().toUpperCase(Locale.ROOT);
        return allowed.contains(upper) ? upper : null;
    }
}

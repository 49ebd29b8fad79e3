package dk.kernebot.reflection;

import java.util.regex.Pattern;

import dk.kernebot.schema.FieldPath;
import dk.kernebot.schema.SchemaProblem;
import tools.jackson.databind.JsonNode;

/**
 * Turns a place in a deck file into the words of the deck's messages: the deck, a theme or a card (by its id, or by
 * position while the id itself is wrong), the field within it, and, for a broken schema rule, the deck's problem code.
 */
final class DeckSchemaProblems {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private DeckSchemaProblems() {
    }

    static DeckProblem of(JsonNode deck, SchemaProblem problem) {
        return at(deck, problem.field(), code(problem));
    }

    /** The problem at {@code field}: a field of a theme or card is named within it. */
    static DeckProblem at(JsonNode deck, FieldPath field, String code) {
        String list = field.size() >= 2 && field.index(1) >= 0 ? field.name(0) : null;
        if ("themes".equals(list) || "cards".equals(list)) {
            JsonNode item = FieldPath.of(list, field.index(1)).in(deck);
            String id = item.path("id").isString() && ID.matcher(item.path("id").asString()).matches()
                    ? item.path("id").asString() : list + "[" + field.index(1) + "]";
            FieldPath within = field.drop(2);
            boolean theme = "themes".equals(list);
            String name = within.isRoot() ? (theme ? "(tema)" : "(kort)") : within.toString();
            return theme ? DeckProblem.theme(id, name, code) : DeckProblem.card(id, name, code);
        }
        return DeckProblem.deck(field.isRoot() ? "(fil)" : field.toString(), code);
    }

    private static String code(SchemaProblem problem) {
        FieldPath field = problem.field();
        if (problem.code() == SchemaProblem.Code.UNKNOWN_FIELD) {
            return "unknown-field";
        }
        if (field.isRoot() || field.size() == 2 && field.index(1) >= 0) {
            return "not-object";
        }
        String last = field.lastName();
        if (last == null) {
            return "missing-text"; // a prompt: prompts[0]
        }
        return switch (last) {
            case "id" -> "bad-id";
            case "version" -> "bad-version";
            case "da", "en" -> problem.code() == SchemaProblem.Code.TOO_LONG ? "too-long" : "empty-text";
            case "name", "description", "question" -> "missing-text";
            case "themes" -> "no-themes";
            case "cards" -> problem.code() == SchemaProblem.Code.TOO_MANY ? "too-many-cards" : "no-cards";
            case "prompts" -> "bad-prompts";
            case "theme" -> "unknown-theme";
            case "aboutChildren" -> "not-boolean";
            case "ageGroup" -> "bad-age-group";
            default -> "invalid";
        };
    }
}

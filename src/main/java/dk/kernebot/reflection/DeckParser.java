package dk.kernebot.reflection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.kernebot.schema.FieldPath;
import dk.kernebot.schema.SchemaChecker;
import dk.kernebot.schema.SchemaProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and validates a deck file as a whole. The structure (fields, types, lengths, counts, unknown fields as
 * errors, so a typo such as "qestion" never drops a text silently) is the published
 * {@code schemas/deck.schema.json}; this class adds the rules a schema cannot say: ids are unique, a card's theme
 * exists, every theme has cards. Every problem is collected before giving up, so an admin fixes a file in one round,
 * and a deck with any problem is never half-imported.
 */
public final class DeckParser {

    /** Loaded on the first parse, not with the class: a start with an up-to-date database parses nothing. */
    private static final class Schema {
        static final SchemaChecker CHECKER = SchemaChecker.fromClasspath("schemas/deck.schema.json");
    }

    private final JsonMapper json = JsonMapper.builder().build();

    public Deck parse(String content) {
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (JacksonException e) {
            throw new DeckValidationException(List.of(DeckProblem.deck("(fil)", "not-json")));
        }
        if (root == null || !root.isObject()) {
            throw new DeckValidationException(List.of(DeckProblem.deck("(fil)", "not-object")));
        }
        List<Map.Entry<FieldPath, DeckProblem>> found = new ArrayList<>();
        Set<FieldPath> broken = new HashSet<>();
        for (SchemaProblem problem : Schema.CHECKER.check(root)) {
            found.add(Map.entry(problem.field(), DeckSchemaProblems.of(root, problem)));
            broken.add(problem.field());
        }
        if (!broken.contains(FieldPath.of("themes")) && !broken.contains(FieldPath.of("cards"))) {
            domainRules(root, found);
        }
        if (!found.isEmpty()) {
            found.sort(Map.Entry.comparingByKey(Schema.CHECKER.fieldOrder()));
            throw new DeckValidationException(found.stream().map(Map.Entry::getValue).distinct().toList());
        }
        return deck(root);
    }

    /** Only for lists the schema accepted as lists: a refused one (say, too many cards) gets no second round. */
    private static void domainRules(JsonNode root, List<Map.Entry<FieldPath, DeckProblem>> found) {
        List<String> themeIds = uniqueIds(root, "themes", found);
        List<String> used = new ArrayList<>();
        JsonNode cards = root.path("cards");
        uniqueIds(root, "cards", found);
        for (int i = 0; i < cards.size(); i++) {
            JsonNode theme = cards.get(i).path("theme");
            if (!theme.isString()) {
                continue;
            }
            if (themeIds.contains(theme.asString())) {
                used.add(theme.asString());
            } else {
                FieldPath field = FieldPath.of("cards", i, "theme");
                found.add(Map.entry(field, DeckSchemaProblems.at(root, field, "unknown-theme")));
            }
        }
        JsonNode themes = root.path("themes");
        for (int i = 0; i < themes.size(); i++) {
            JsonNode id = themes.get(i).path("id");
            if (id.isString() && themeIds.contains(id.asString()) && !used.contains(id.asString())) {
                FieldPath field = FieldPath.of("themes", i, "cards");
                found.add(Map.entry(field, DeckSchemaProblems.at(root, field, "theme-without-cards")));
            }
        }
    }

    /** The well-formed ids in the list, each once; a second use is a problem. */
    private static List<String> uniqueIds(JsonNode root, String list, List<Map.Entry<FieldPath, DeckProblem>> found) {
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        JsonNode items = root.path(list);
        for (int i = 0; i < items.size(); i++) {
            JsonNode id = items.get(i).path("id");
            if (!id.isString() || !DeckSchemaProblems.ID.matcher(id.asString()).matches()) {
                continue;
            }
            if (seen.add(id.asString())) {
                ids.add(id.asString());
            } else {
                FieldPath field = FieldPath.of(list, i, "id");
                found.add(Map.entry(field, DeckSchemaProblems.at(root, field, "duplicate-id")));
            }
        }
        return ids;
    }

    /** Builds the deck from a file that has passed every check. */
    private static Deck deck(JsonNode root) {
        List<Theme> themes = new ArrayList<>();
        for (JsonNode theme : root.path("themes")) {
            themes.add(new Theme(theme.path("id").asString(), text(theme.path("name")),
                    theme.has("description") ? text(theme.path("description")) : null));
        }
        List<ReflectionCard> cards = new ArrayList<>();
        for (JsonNode card : root.path("cards")) {
            List<LocalizedText> prompts = new ArrayList<>();
            card.path("prompts").forEach(prompt -> prompts.add(text(prompt)));
            cards.add(new ReflectionCard(card.path("id").asString(), card.path("theme").asString(),
                    text(card.path("question")), prompts, card.path("aboutChildren").asBoolean(false),
                    card.has("ageGroup") ? AgeGroup.ofId(card.path("ageGroup").asString()).orElseThrow() : AgeGroup.BEGGE));
        }
        return new Deck(root.path("id").asString(), root.path("version").asInt(), text(root.path("name")), themes, cards);
    }

    private static LocalizedText text(JsonNode node) {
        return new LocalizedText(node.path("da").asString().strip(),
                node.has("en") ? node.path("en").asString().strip() : null);
    }
}

package dk.kernebot.reflection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and validates a deck file as a whole. It collects every problem before giving up, so an admin fixes a
 * file in one round, and a deck with any problem is never half-imported. Unknown fields are errors: a typo such
 * as "qestion" must not silently drop a text.
 */
public final class DeckParser {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    static final int MAX_QUESTION = 400;
    static final int MAX_PROMPT = 200;
    static final int MAX_NAME = 80;
    static final int MAX_DESCRIPTION = 300;
    static final int MAX_CARDS = 1000;

    private static final Set<String> DECK_FIELDS = Set.of("id", "version", "name", "themes", "cards");
    private static final Set<String> THEME_FIELDS = Set.of("id", "name", "description");
    private static final Set<String> CARD_FIELDS = Set.of("id", "theme", "question", "prompts", "aboutChildren");
    private static final Set<String> TEXT_FIELDS = Set.of("da", "en");

    private final JsonMapper json = JsonMapper.builder().build();

    public Deck parse(String content) {
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (JacksonException e) {
            throw new DeckValidationException(List.of(DeckProblem.deck("(fil)", "not-json")));
        }
        List<DeckProblem> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new DeckValidationException(List.of(DeckProblem.deck("(fil)", "not-object")));
        }
        unknownFields(root, DECK_FIELDS, name -> problems.add(DeckProblem.deck(name, "unknown-field")));
        String id = id(root.get("id"), () -> problems.add(DeckProblem.deck("id", "bad-id")));
        int version = root.path("version").isInt() && root.path("version").asInt() > 0 ? root.path("version").asInt() : 0;
        if (version == 0) {
            problems.add(DeckProblem.deck("version", "bad-version"));
        }
        LocalizedText name = text(root.get("name"), MAX_NAME, (f, c) -> problems.add(DeckProblem.deck("name" + f, c)));

        List<Theme> themes = themes(root.get("themes"), problems);
        List<ReflectionCard> cards = cards(root.get("cards"), themes, problems);
        if (!problems.isEmpty()) {
            throw new DeckValidationException(problems);
        }
        return new Deck(id, version, name, themes, cards);
    }

    private List<Theme> themes(JsonNode node, List<DeckProblem> problems) {
        List<Theme> themes = new ArrayList<>();
        if (node == null || !node.isArray() || node.isEmpty()) {
            problems.add(DeckProblem.deck("themes", "no-themes"));
            return themes;
        }
        Set<String> seen = new HashSet<>();
        int index = 0;
        for (JsonNode theme : node) {
            String position = "themes[" + index++ + "]";
            if (!theme.isObject()) {
                problems.add(DeckProblem.theme(position, "(tema)", "not-object"));
                continue;
            }
            String[] where = {position};
            String id = id(theme.get("id"), () -> problems.add(DeckProblem.theme(where[0], "id", "bad-id")));
            if (id != null) {
                where[0] = id;
                if (!seen.add(id)) {
                    problems.add(DeckProblem.theme(id, "id", "duplicate-id"));
                }
            }
            unknownFields(theme, THEME_FIELDS, name -> problems.add(DeckProblem.theme(where[0], name, "unknown-field")));
            LocalizedText name = text(theme.get("name"), MAX_NAME,
                    (f, c) -> problems.add(DeckProblem.theme(where[0], "name" + f, c)));
            LocalizedText description = theme.has("description")
                    ? text(theme.get("description"), MAX_DESCRIPTION,
                            (f, c) -> problems.add(DeckProblem.theme(where[0], "description" + f, c)))
                    : null;
            themes.add(new Theme(id, name, description));
        }
        return themes;
    }

    private List<ReflectionCard> cards(JsonNode node, List<Theme> themes, List<DeckProblem> problems) {
        List<ReflectionCard> cards = new ArrayList<>();
        if (node == null || !node.isArray() || node.isEmpty()) {
            problems.add(DeckProblem.deck("cards", "no-cards"));
            return cards;
        }
        if (node.size() > MAX_CARDS) {
            problems.add(DeckProblem.deck("cards", "too-many-cards"));
            return cards;
        }
        Set<String> themeIds = new HashSet<>();
        themes.forEach(t -> themeIds.add(t.id()));
        Set<String> seen = new HashSet<>();
        Map<String, Integer> perTheme = new HashMap<>();
        int index = 0;
        for (JsonNode card : node) {
            String position = "cards[" + index++ + "]";
            if (!card.isObject()) {
                problems.add(DeckProblem.card(position, "(kort)", "not-object"));
                continue;
            }
            String[] where = {position};
            String id = id(card.get("id"), () -> problems.add(DeckProblem.card(where[0], "id", "bad-id")));
            if (id != null) {
                where[0] = id;
                if (!seen.add(id)) {
                    problems.add(DeckProblem.card(id, "id", "duplicate-id"));
                }
            }
            unknownFields(card, CARD_FIELDS, name -> problems.add(DeckProblem.card(where[0], name, "unknown-field")));
            String theme = card.path("theme").isString() ? card.path("theme").asString() : null;
            if (theme == null || !themeIds.contains(theme)) {
                problems.add(DeckProblem.card(where[0], "theme", "unknown-theme"));
            } else {
                perTheme.merge(theme, 1, Integer::sum);
            }
            LocalizedText question = text(card.get("question"), MAX_QUESTION,
                    (f, c) -> problems.add(DeckProblem.card(where[0], "question" + f, c)));
            List<LocalizedText> prompts = new ArrayList<>();
            JsonNode promptNodes = card.get("prompts");
            if (promptNodes == null || !promptNodes.isArray() || promptNodes.isEmpty() || promptNodes.size() > 3) {
                problems.add(DeckProblem.card(where[0], "prompts", "bad-prompts"));
            } else {
                int p = 0;
                for (JsonNode prompt : promptNodes) {
                    String field = "prompts[" + p++ + "]";
                    prompts.add(text(prompt, MAX_PROMPT, (f, c) -> problems.add(DeckProblem.card(where[0], field + f, c))));
                }
            }
            JsonNode aboutChildren = card.get("aboutChildren");
            if (aboutChildren != null && !aboutChildren.isBoolean()) {
                problems.add(DeckProblem.card(where[0], "aboutChildren", "not-boolean"));
            }
            cards.add(new ReflectionCard(id, theme, question, prompts, aboutChildren != null && aboutChildren.asBoolean(false)));
        }
        for (Theme theme : themes) {
            if (theme.id() != null && !perTheme.containsKey(theme.id())) {
                problems.add(DeckProblem.theme(theme.id(), "cards", "theme-without-cards"));
            }
        }
        return cards;
    }

    private interface ProblemSink {
        void add(String fieldSuffix, String code);
    }

    /** {"da": "...", "en": "..."}: Danish required, English optional but never empty. */
    private static LocalizedText text(JsonNode node, int maxLength, ProblemSink problems) {
        if (node == null || !node.isObject()) {
            problems.add("", "missing-text");
            return null;
        }
        unknownFields(node, TEXT_FIELDS, name -> problems.add("." + name, "unknown-field"));
        String da = node.path("da").isString() ? node.path("da").asString().strip() : null;
        if (da == null || da.isEmpty()) {
            problems.add(".da", "empty-text");
        } else if (da.length() > maxLength) {
            problems.add(".da", "too-long");
        }
        String en = null;
        if (node.has("en")) {
            en = node.path("en").isString() ? node.path("en").asString().strip() : null;
            if (en == null || en.isEmpty()) {
                problems.add(".en", "empty-text");
            } else if (en.length() > maxLength) {
                problems.add(".en", "too-long");
            }
        }
        return new LocalizedText(da, en);
    }

    private static String id(JsonNode node, Runnable onProblem) {
        if (node == null || !node.isString() || !ID.matcher(node.asString()).matches()) {
            onProblem.run();
            return null;
        }
        return node.asString();
    }

    private static void unknownFields(JsonNode node, Set<String> known, java.util.function.Consumer<String> onUnknown) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                onUnknown.accept(name);
            }
        }
    }
}

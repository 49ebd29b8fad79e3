package dk.kernebot.reflection;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.kernebot.cards.CardRenderer;
import dk.kernebot.cards.CardText;
import dk.kernebot.chat.Texts;
import org.springframework.stereotype.Component;

/** Renders the reflection cards, the theme chooser and the saved answers in the reader's language. */
@Component
class ReflectionViews {

    /** What a drawn card shows besides its question. */
    record CardState(Draw draw, SavedAnswer answer, String escalatedQuestion, String escalatedNote, String error) {

        static CardState open(Draw draw) {
            return new CardState(draw, null, null, null, null);
        }

        CardState withError(String message) {
            return new CardState(draw, answer, escalatedQuestion, escalatedNote, message);
        }
    }

    private final CardRenderer renderer;
    private final Texts texts;
    private final Clock clock;

    ReflectionViews(CardRenderer renderer, Texts texts, Clock clock) {
        this.renderer = renderer;
        this.texts = texts;
        this.clock = clock;
    }

    String card(Locale locale, Deck deck, ReflectionCard card, CardState state) {
        Draw draw = state.draw();
        Theme theme = deck.theme(card.themeId()).orElseThrow();
        boolean open = draw.isOpen();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("drawId", draw.id());
        data.put("themeLabel", t(locale, "reflection.themeLabel", theme.name().in(locale)));
        data.put("question", CardText.escapeMarkdown(card.question().in(locale)));
        data.put("prompts", card.prompts().stream()
                .map(p -> Map.of("text", CardText.escapeMarkdown(p.in(locale)))).toList());
        // Shown while the group can still write: the card invites talk about children, the answer must not name them.
        data.put("showChildrenReminder", card.aboutChildren() && open);
        data.put("childrenReminder", t(locale, "privacy.children.reminder"));
        data.put("restarted", draw.restarted() && open);
        data.put("restartNote", t(locale, draw.themeFilter() == null
                ? "reflection.restarted.deck" : "reflection.restarted.theme"));
        data.put("hasError", state.error() != null);
        data.put("error", state.error() == null ? "" : state.error());
        data.put("isOpen", open);
        data.put("isClosed", !open);
        data.put("isAnswered", state.answer() != null);
        data.put("answerLabel", t(locale, "reflection.answerLabel"));
        data.put("answerText", state.answer() == null ? "" : CardText.escapeMarkdown(state.answer().answer()));
        data.put("answerBy", state.answer() == null ? ""
                : t(locale, "reflection.answerBy", name(state.answer().authorName()), when(locale, state.answer().createdAt())));
        data.put("isEscalated", state.escalatedQuestion() != null);
        data.put("escalatedLabel", t(locale, "reflection.escalatedLabel"));
        data.put("escalatedText", state.escalatedQuestion() == null ? "" : CardText.escapeMarkdown(state.escalatedQuestion()));
        data.put("escalatedNote", state.escalatedNote() == null ? "" : state.escalatedNote());
        data.put("footer", t(locale, "reflection.drawnBy", name(draw.drawnByName())));
        data.put("saveLabel", t(locale, "reflection.save"));
        data.put("answerInputLabel", t(locale, "reflection.answerInput"));
        data.put("answerPlaceholder", t(locale, "reflection.answerPlaceholder"));
        data.put("saveButton", t(locale, "reflection.saveButton"));
        data.put("nextLabel", t(locale, "reflection.next"));
        data.put("otherThemeLabel", t(locale, "reflection.otherTheme"));
        data.put("escalateLabel", t(locale, "reflection.escalate"));
        data.put("questionInputLabel", t(locale, "reflection.questionInput"));
        data.put("questionPlaceholder", t(locale, "reflection.questionPlaceholder"));
        data.put("escalateButton", t(locale, "reflection.escalateButton"));
        data.put("answersLabel", t(locale, "reflection.answers"));
        return renderer.render("reflection-card", data);
    }

    /**
     * The theme chooser: the themes with cards for the conversation's age group, and a line naming the age group and
     * the themes left out for it.
     *
     * @param problem what went wrong (an unknown theme, a theme without cards for the age group), or null
     */
    String themes(Locale locale, Deck deck, AgeGroups.Setting ageGroup, String problem) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("hasProblem", problem != null);
        data.put("problem", problem == null ? "" : problem);
        data.put("title", t(locale, "reflection.themes.title"));
        data.put("intro", t(locale, "reflection.themes.intro"));
        data.put("ageGroup", ageGroupLine(locale, ageGroup));
        List<String> without = deck.themes().stream()
                .filter(theme -> deck.cardsFor(ageGroup.group(), theme.id()).isEmpty())
                .map(theme -> theme.name().in(locale)).toList();
        data.put("hasLeftOut", !without.isEmpty());
        data.put("leftOut", without.isEmpty() ? "" : t(locale, "reflection.themes.leftOut",
                t(locale, ageGroup.group().textKey()), String.join(", ", without)));
        data.put("drawLabel", t(locale, "reflection.themes.draw"));
        data.put("allLabel", t(locale, "reflection.themes.all"));
        data.put("themes", deck.themes().stream()
                .filter(theme -> !deck.cardsFor(ageGroup.group(), theme.id()).isEmpty())
                .map(theme -> Map.of(
                        "id", theme.id(),
                        "name", theme.name().in(locale),
                        "description", theme.description() == null ? "" : theme.description().in(locale))).toList());
        return renderer.render("themes", data);
    }

    /** "Aldersgruppe: vuggestue (valgt i chatten)", and how to change it. */
    String ageGroupLine(Locale locale, AgeGroups.Setting setting) {
        String group = t(locale, setting.group().textKey());
        return switch (setting.source()) {
            case CHAT -> t(locale, "reflection.ageGroup.fromChat", group);
            case INSTITUTION -> t(locale, "reflection.ageGroup.fromInstitution", group,
                    CardText.escapeMarkdown(setting.institutionName()));
            case NONE -> t(locale, "reflection.ageGroup.notSet");
        };
    }

    String answers(Locale locale, List<SavedAnswer> newestFirst, int total) {
        Map<String, List<Map<String, String>>> byTheme = new LinkedHashMap<>();
        Map<String, String> themeNames = new LinkedHashMap<>();
        for (SavedAnswer answer : newestFirst) {
            themeNames.putIfAbsent(answer.themeId(), answer.themeName());
            byTheme.computeIfAbsent(answer.themeId(), k -> new ArrayList<>()).add(Map.of(
                    "question", CardText.escapeMarkdown(answer.question()),
                    "answer", CardText.escapeMarkdown(answer.answer()),
                    "by", t(locale, "reflection.answers.by", name(answer.authorName()), when(locale, answer.createdAt()))));
        }
        List<Map<String, Object>> themes = byTheme.entrySet().stream()
                .map(e -> Map.<String, Object>of("name", themeNames.get(e.getKey()), "answers", e.getValue()))
                .toList();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", t(locale, "reflection.answers.title"));
        data.put("intro", t(locale, newestFirst.isEmpty() ? "reflection.answers.empty" : "reflection.answers.intro"));
        data.put("themes", themes);
        data.put("hasMore", total > newestFirst.size());
        data.put("moreNote", t(locale, "reflection.answers.more", newestFirst.size(), total));
        data.put("drawLabel", t(locale, "reflection.answers.draw"));
        return renderer.render("answers", data);
    }

    String text(Locale locale, String key, Object... args) {
        return t(locale, key, args);
    }

    /** Who the question went to (or that it waits for a leader), who sent it and when. */
    String escalationNote(Locale locale, List<String> leaderNames, String sentBy, long sentAt) {
        return leaderNames.isEmpty()
                ? t(locale, "reflection.escalatedNote.waiting", name(sentBy), when(locale, sentAt))
                : t(locale, "reflection.escalatedNote.sent", leaderNames.stream().map(ReflectionViews::name)
                        .reduce((a, b) -> a + ", " + b).orElse(""), name(sentBy), when(locale, sentAt));
    }

    private String t(Locale locale, String key, Object... args) {
        return texts.get(locale, key, args);
    }

    private String when(Locale locale, Long epochMillis) {
        if (epochMillis == null) {
            return "";
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern(t(locale, "reflection.time"), Texts.supported(locale))
                .withZone(clock.getZone());
        return format.format(Instant.ofEpochMilli(epochMillis));
    }

    private static String name(String name) {
        return name == null || name.isBlank() ? "?" : CardText.escapeMarkdown(name);
    }
}

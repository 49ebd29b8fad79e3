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

    /**
     * What a drawn card shows besides its question.
     *
     * @param awayNote set when a newer card has been drawn: the card is shown put away, with this note
     */
    record CardState(Draw draw, SavedAnswer answer, String escalatedQuestion, String escalatedNote, String error,
                     String awayNote) {

        CardState(Draw draw, SavedAnswer answer, String escalatedQuestion, String escalatedNote, String error) {
            this(draw, answer, escalatedQuestion, escalatedNote, error, null);
        }

        static CardState open(Draw draw) {
            return new CardState(draw, null, null, null, null);
        }

        CardState withError(String message) {
            return new CardState(draw, answer, escalatedQuestion, escalatedNote, message, awayNote);
        }

        /** The same card put away: nothing on it can be used any longer but "Vis det aktuelle kort". */
        CardState away(String note) {
            return new CardState(draw, answer, escalatedQuestion, escalatedNote, null, note);
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
        boolean away = state.awayNote() != null;
        boolean open = draw.isOpen() && !away;
        return renderer.render(new ReflectionCardViews.Card(draw.id(),
                t(locale, "reflection.themeLabel", theme.name().in(locale)),
                CardText.escapeMarkdown(card.question().in(locale)),
                away ? List.of() : card.prompts().stream()
                        .map(p -> new ReflectionCardViews.Prompt(CardText.escapeMarkdown(p.in(locale)))).toList(),
                // Shown while the group can still write: the card invites talk about children, the answer must not name them.
                card.aboutChildren() && open, t(locale, "privacy.children.reminder"),
                draw.restarted() && open, t(locale, draw.themeFilter() == null
                        ? "reflection.restarted.deck" : "reflection.restarted.theme"),
                state.error() != null, state.error() == null ? "" : state.error(),
                open, !open && !away, away, away ? state.awayNote() : "",
                state.answer() != null, t(locale, "reflection.answerLabel"),
                state.answer() == null ? "" : CardText.escapeMarkdown(state.answer().answer()),
                state.answer() == null ? "" : t(locale, "reflection.answerBy", name(state.answer().authorName()),
                        when(locale, state.answer().createdAt())),
                state.escalatedQuestion() != null, t(locale, "reflection.escalatedLabel"),
                state.escalatedQuestion() == null ? "" : CardText.escapeMarkdown(state.escalatedQuestion()),
                state.escalatedNote() == null ? "" : state.escalatedNote(),
                t(locale, "reflection.drawnBy", name(draw.drawnByName())),
                t(locale, "reflection.save"), t(locale, "reflection.answerInput"),
                t(locale, "reflection.answerPlaceholder"), t(locale, "reflection.saveButton"),
                t(locale, "reflection.next"), t(locale, "reflection.otherTheme"), t(locale, "reflection.escalate"),
                t(locale, "reflection.questionInput"), t(locale, "reflection.questionPlaceholder"),
                t(locale, "reflection.escalateButton"), t(locale, "reflection.answers"),
                t(locale, "reflection.current")));
    }

    /**
     * The theme chooser: the themes with cards for the conversation's age group, and a line naming the age group and
     * the themes left out for it.
     *
     * @param problem what went wrong (an unknown theme, a theme without cards for the age group), or null
     */
    String themes(Locale locale, Deck deck, AgeGroups.Setting ageGroup, String problem) {
        List<String> without = deck.themes().stream()
                .filter(theme -> deck.cardsFor(ageGroup.group(), theme.id()).isEmpty())
                .map(theme -> theme.name().in(locale)).toList();
        List<ReflectionCardViews.ThemeChoice> themes = deck.themes().stream()
                .filter(theme -> !deck.cardsFor(ageGroup.group(), theme.id()).isEmpty())
                .map(theme -> new ReflectionCardViews.ThemeChoice(theme.id(), theme.name().in(locale),
                        theme.description() == null ? "" : theme.description().in(locale)))
                .toList();
        return renderer.render(new ReflectionCardViews.Themes(problem != null, problem == null ? "" : problem,
                t(locale, "reflection.themes.title"), t(locale, "reflection.themes.intro"),
                ageGroupLine(locale, ageGroup), t(locale, "reflection.themes.draw"), t(locale, "reflection.themes.all"),
                themes, !without.isEmpty(), without.isEmpty() ? "" : t(locale, "reflection.themes.leftOut",
                        t(locale, ageGroup.group().textKey()), String.join(", ", without))));
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
        Map<String, List<ReflectionCardViews.AnswerLine>> byTheme = new LinkedHashMap<>();
        Map<String, String> themeNames = new LinkedHashMap<>();
        for (SavedAnswer answer : newestFirst) {
            themeNames.putIfAbsent(answer.themeId(), answer.themeName());
            byTheme.computeIfAbsent(answer.themeId(), k -> new ArrayList<>()).add(new ReflectionCardViews.AnswerLine(
                    CardText.escapeMarkdown(answer.question()), CardText.escapeMarkdown(answer.answer()),
                    t(locale, "reflection.answers.by", name(answer.authorName()), when(locale, answer.createdAt()))));
        }
        List<ReflectionCardViews.ThemeAnswers> themes = byTheme.entrySet().stream()
                .map(e -> new ReflectionCardViews.ThemeAnswers(themeNames.get(e.getKey()), e.getValue()))
                .toList();
        return renderer.render(new ReflectionCardViews.Answers(t(locale, "reflection.answers.title"),
                t(locale, newestFirst.isEmpty() ? "reflection.answers.empty" : "reflection.answers.intro"),
                themes, total > newestFirst.size(), t(locale, "reflection.answers.more", newestFirst.size(), total),
                t(locale, "reflection.answers.draw")));
    }

    String text(Locale locale, String key, Object... args) {
        return t(locale, key, args);
    }

    /** The note on a card put away because {@code newest} was drawn after it. */
    String putAwayNote(Locale locale, Draw newest) {
        return t(locale, "reflection.away.newer", name(newest.drawnByName()), when(locale, newest.drawnAt()));
    }

    /** The note on the copy a card was fetched away from ("Vis det aktuelle kort" on an older card). */
    String movedNote(Locale locale, String byName, long at) {
        return t(locale, "reflection.away.moved", name(byName), when(locale, at));
    }

    /** Who sent the card to the leader, for a card shown again later (the question itself is with the leader). */
    String escalatedBy(Locale locale, Draw draw) {
        return t(locale, "reflection.escalatedBy", name(draw.closedByName()), when(locale, draw.closedAt()));
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

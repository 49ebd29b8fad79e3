package dk.kernebot.reflection;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.kernebot.cards.CardText;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import dk.kernebot.questions.QuestionService;
import dk.kernebot.questions.QuestionSource;
import dk.kernebot.questions.RaisedQuestion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out reflection cards and keeps track of them: no card repeats in a conversation until its deck (or theme)
 * is used up, each drawn card is one live card that is updated in place, and a button can be used only once.
 */
@Service
public class ReflectionService {

    static final int MAX_ANSWER = 2000;
    static final int MAX_QUESTION = 1000;
    static final int ANSWERS_SHOWN = 30;

    private final DeckChoice deckChoice;
    private final Draws draws;
    private final Answers answers;
    private final QuestionService questions;
    private final ReflectionViews views;
    private final AgeGroups ageGroups;
    private final CardDrawing drawing;
    private final CurrentCards current;

    ReflectionService(DeckChoice deckChoice, Draws draws, Answers answers, QuestionService questions,
                      ReflectionViews views, AgeGroups ageGroups, CardDrawing drawing, CurrentCards current) {
        this.ageGroups = ageGroups;
        this.deckChoice = deckChoice;
        this.draws = draws;
        this.answers = answers;
        this.questions = questions;
        this.views = views;
        this.drawing = drawing;
        this.current = current;
    }

    /** "kort" or "kort leg": a new card posted to the conversation. */
    @Transactional
    public Reply drawTyped(ChatContext context, String themeQuery) {
        Deck deck = deckChoice.deckFor(context.conversationId());
        if (themeQuery == null || themeQuery.isBlank()) {
            return drawing.draw(context, deck, null).posted();
        }
        return findTheme(deck, themeQuery)
                .map(theme -> drawing.draw(context, deck, theme.id()).posted())
                .orElseGet(() -> Reply.card(themesWithProblem(context, deck, views.text(context.locale(),
                        "reflection.themes.unknown", CardText.escapeMarkdown(themeQuery.strip())))));
    }

    /** A theme button on the theme chooser: the chooser becomes the drawn card. */
    @Transactional
    public Reply drawFromChooser(ChatContext context, String themeId) {
        Deck deck = deckChoice.deckFor(context.conversationId());
        String theme = themeId == null || themeId.isBlank() ? null : deck.theme(themeId).map(Theme::id).orElse(null);
        if (themeId != null && !themeId.isBlank() && theme == null) {
            return Reply.replaceCard(themesWithProblem(context, deck, views.text(context.locale(),
                    "reflection.themes.unknown", CardText.escapeMarkdown(themeId))));
        }
        return drawing.draw(context, deck, theme).inPlace();
    }

    public Reply themes(ChatContext context) {
        return Reply.card(themesWithProblem(context, deckChoice.deckFor(context.conversationId()), null));
    }

    /** "Næste kort" on an open card: it is put away and the next card takes its place. */
    @Transactional
    public Reply next(ChatContext context, String drawId) {
        return withOpenDraw(context, drawId, draw -> {
            if (!draws.close(draw.id(), DrawStatus.SKIPPED, context.user().name())) {
                return alreadyUsed(context, draws.find(draw.id()).orElse(draw));
            }
            return drawing.draw(context, deckFor(draw), draw.themeFilter()).inPlace();
        });
    }

    /** "Andet tema": the card is put away and the theme chooser takes its place. */
    @Transactional
    public Reply otherTheme(ChatContext context, String drawId) {
        return withOpenDraw(context, drawId, draw -> {
            if (!draws.close(draw.id(), DrawStatus.SKIPPED, context.user().name())) {
                return alreadyUsed(context, draws.find(draw.id()).orElse(draw));
            }
            return Reply.replaceCard(themesWithProblem(context, deckFor(draw), null));
        });
    }

    /** "Gem vores svar": the answer is saved with its author and shown in the card's place. */
    @Transactional
    public Reply answer(ChatContext context, String drawId, String text) {
        String answer = text == null ? "" : text.strip();
        return withOpenDraw(context, drawId, draw -> {
            Deck deck = deckFor(draw);
            Optional<ReflectionCard> drawn = deck.card(draw.cardId());
            if (drawn.isEmpty()) {
                return cardGone(context);
            }
            ReflectionCard card = drawn.get();
            if (answer.isEmpty() || answer.length() > MAX_ANSWER) {
                String error = answer.isEmpty()
                        ? views.text(context.locale(), "reflection.error.emptyAnswer")
                        : views.text(context.locale(), "reflection.error.longAnswer", MAX_ANSWER);
                return Reply.replaceCard(views.card(context.locale(), deck, card,
                        ReflectionViews.CardState.open(draw).withError(error)));
            }
            if (!draws.close(draw.id(), DrawStatus.ANSWERED, context.user().name())) {
                return alreadyUsed(context, draws.find(draw.id()).orElse(draw));
            }
            Theme theme = deck.theme(card.themeId()).orElseThrow();
            SavedAnswer saved = answers.save(context, draw, theme.id(), theme.name().in(context.locale()),
                    card.question().in(context.locale()), answer);
            Draw closed = draws.find(draw.id()).orElseThrow();
            return Reply.replaceCard(views.card(context.locale(), deck, card,
                    new ReflectionViews.CardState(closed, saved, null, null, null)));
        });
    }

    /** "Vi kan ikke svare – send til leder": the question is written down for the leader, with the card as context. */
    @Transactional
    public Reply escalate(ChatContext context, String drawId, String text) {
        String typed = text == null ? "" : text.strip();
        return withOpenDraw(context, drawId, draw -> {
            Deck deck = deckFor(draw);
            Optional<ReflectionCard> drawn = deck.card(draw.cardId());
            if (drawn.isEmpty()) {
                return cardGone(context);
            }
            ReflectionCard card = drawn.get();
            String cardQuestion = card.question().in(context.locale());
            if (typed.length() > MAX_QUESTION) {
                return Reply.replaceCard(views.card(context.locale(), deck, card, ReflectionViews.CardState.open(draw)
                        .withError(views.text(context.locale(), "reflection.error.longAnswer", MAX_QUESTION))));
            }
            if (!draws.close(draw.id(), DrawStatus.ESCALATED, context.user().name())) {
                return alreadyUsed(context, draws.find(draw.id()).orElse(draw));
            }
            String question = typed.isEmpty() ? cardQuestion : typed;
            QuestionService.Raised raised = questions.raise(context, new RaisedQuestion(question,
                    QuestionSource.REFLECTION_CARD, deck.id() + "/" + card.id(), cardQuestion));
            Draw closed = draws.find(draw.id()).orElseThrow();
            String note = views.escalationNote(context.locale(), raised.leaderNames(), context.user().name(),
                    closed.closedAt());
            return Reply.replaceCard(views.card(context.locale(), deck, card, new ReflectionViews.CardState(
                    closed, null, question, note, null)));
        });
    }

    /** "Næste kort" on an answered or escalated card: a new card below it, once. */
    @Transactional
    public Reply after(ChatContext context, String drawId) {
        Optional<Draw> found = ownDraw(context, drawId);
        if (found.isEmpty()) {
            return Reply.notice(views.text(context.locale(), "reflection.notHere"));
        }
        Draw draw = found.get();
        Optional<Reply> older = current.older(context, draw);
        if (older.isPresent()) {
            return older.get();
        }
        if (draw.isOpen()) {
            return next(context, drawId);
        }
        if (!draws.markFollowedUp(draw.id())) {
            return Reply.notice(views.text(context.locale(), "reflection.used.followedUp"));
        }
        // The new card goes below; the clicked one is put away in its place, so its button cannot draw again.
        CardDrawing.Drawn drawn = drawing.draw(context, deckFor(draw), draw.themeFilter());
        Reply reply = drawn.posted();
        return drawn.putAway().map(away -> reply.withReplacementCard(away.cardJson())).orElse(reply);
    }

    /** "Vis det aktuelle kort" on a card that was put away. */
    @Transactional
    public Reply showCurrent(ChatContext context, String drawId) {
        return ownDraw(context, drawId)
                .map(draw -> current.showCurrent(context, draw))
                .orElseGet(() -> Reply.notice(views.text(context.locale(), "reflection.notHere")));
    }

    /** "svar": the conversation's saved answers, newest first, per theme. */
    public Reply savedAnswers(ChatContext context) {
        List<SavedAnswer> newest = answers.newest(context.conversationId(), ANSWERS_SHOWN);
        return Reply.card(views.answers(context.locale(), newest, answers.count(context.conversationId())));
    }

    /** A card drawn before its deck was replaced by a version without it: nothing to save it against. */
    private Reply cardGone(ChatContext context) {
        return Reply.notice(views.text(context.locale(), "reflection.cardGone"));
    }

    private String themesWithProblem(ChatContext context, Deck deck, String problem) {
        return views.themes(context.locale(), deck, ageGroups.setting(context.conversationId()), problem);
    }

    private Reply withOpenDraw(ChatContext context, String drawId, java.util.function.Function<Draw, Reply> action) {
        Optional<Draw> draw = ownDraw(context, drawId);
        if (draw.isEmpty()) {
            return Reply.notice(views.text(context.locale(), "reflection.notHere"));
        }
        Optional<Reply> older = current.older(context, draw.get());
        if (older.isPresent()) {
            return older.get();
        }
        if (!draw.get().isOpen()) {
            return alreadyUsed(context, draw.get());
        }
        return action.apply(draw.get());
    }

    /** The draw named by a card button, but only if it belongs to the conversation the click came from. */
    private Optional<Draw> ownDraw(ChatContext context, String drawId) {
        if (drawId == null || drawId.isBlank() || drawId.length() > 64) {
            return Optional.empty();
        }
        return draws.find(drawId).filter(d -> d.conversationId().equals(context.conversationId()));
    }

    private Reply alreadyUsed(ChatContext context, Draw draw) {
        String who = draw.closedByName() == null ? "?" : draw.closedByName();
        String key = switch (draw.status()) {
            case ANSWERED -> "reflection.used.answered";
            case ESCALATED -> "reflection.used.escalated";
            default -> "reflection.used.skipped";
        };
        return Reply.notice(views.text(context.locale(), key, who));
    }

    private Deck deckFor(Draw draw) {
        return current.deckFor(draw);
    }

    /** Matches "leg", "Leg", "børnesyn", "boernesyn", "Overgange og udsat skolestart", or an English name. */
    static Optional<Theme> findTheme(Deck deck, String query) {
        String wanted = fold(query);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        for (Theme theme : deck.themes()) {
            if (fold(theme.id()).equals(wanted) || fold(theme.name().da()).equals(wanted)
                    || theme.name().en() != null && fold(theme.name().en()).equals(wanted)) {
                return Optional.of(theme);
            }
        }
        List<Theme> prefixed = deck.themes().stream()
                .filter(t -> fold(t.id()).startsWith(wanted) || fold(t.name().da()).startsWith(wanted)
                        || t.name().en() != null && fold(t.name().en()).startsWith(wanted))
                .toList();
        return prefixed.size() == 1 ? Optional.of(prefixed.get(0)) : Optional.empty();
    }

    private static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).strip()
                .replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        String plain = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.replaceAll("[^a-z0-9]+", " ").strip().replace(' ', '-');
    }
}

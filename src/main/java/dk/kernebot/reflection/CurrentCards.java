package dk.kernebot.reflection;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import org.springframework.stereotype.Component;

/**
 * One live reflection card per chat: the newest draw is the current card, every older card is put away. A click on
 * an older card changes nothing and shows that card put away, with "Vis det aktuelle kort".
 */
@Component
class CurrentCards {

    private final Draws draws;
    private final Answers answers;
    private final ReflectionViews views;
    private final DeckStore decks;
    private final DeckChoice deckChoice;
    private final AgeGroups ageGroups;
    private final Clock clock;

    CurrentCards(Draws draws, Answers answers, ReflectionViews views, DeckStore decks, DeckChoice deckChoice,
                 AgeGroups ageGroups, Clock clock) {
        this.draws = draws;
        this.answers = answers;
        this.views = views;
        this.decks = decks;
        this.deckChoice = deckChoice;
        this.ageGroups = ageGroups;
        this.clock = clock;
    }

    /** The name a draw's card is posted under, so a newer draw can put it away wherever it is in the chat. */
    static String tag(String drawId) {
        return "reflection:" + drawId;
    }

    /** The deck a draw came from, or the chat's deck when that one is gone. */
    Deck deckFor(Draw draw) {
        return decks.any(draw.deckId()).orElseGet(() -> deckChoice.deckFor(draw.conversationId()));
    }

    /** A click on a card older than the chat's newest: nothing changes, and the card says it is put away. */
    Optional<Reply> older(ChatContext context, Draw clicked) {
        Optional<Draw> newest = draws.latest(context.conversationId());
        if (newest.isEmpty() || newest.get().seq() <= clicked.seq()) {
            return Optional.empty();
        }
        Locale locale = context.locale();
        return Optional.of(away(locale, clicked, views.putAwayNote(locale, newest.get()))
                .map(Reply::replaceCard)
                .orElseGet(() -> Reply.notice(views.text(locale, "reflection.used.skipped",
                        newest.get().drawnByName() == null ? "?" : newest.get().drawnByName()))));
    }

    /**
     * When {@code newest} has just been drawn: the chat's previous card is closed if it was open and shown put away
     * wherever it was posted. A card that was skipped has already been replaced in its place (by the next card or
     * the theme chooser), so there is nothing to put away.
     */
    Optional<Reply.CardUpdate> putAway(ChatContext context, Optional<Draw> previous, Draw newest) {
        if (previous.isEmpty() || previous.get().status() == DrawStatus.SKIPPED) {
            return Optional.empty();
        }
        Draw before = previous.get();
        if (before.isOpen()) {
            // Whoever wins a race to close it (an answer at the same moment), it is no longer the current card.
            draws.close(before.id(), DrawStatus.SKIPPED, context.user().name());
            before = draws.find(before.id()).orElse(before);
        }
        Draw shown = before;
        return away(context.locale(), shown, views.putAwayNote(context.locale(), newest))
                .map(card -> new Reply.CardUpdate(tag(shown.id()), card));
    }

    /**
     * "Vis det aktuelle kort" on an older card: the clicked card shows the current one, and the copy the current
     * card was shown in until now is put away, so the chat still has one live card.
     */
    Reply showCurrent(ChatContext context, Draw clicked) {
        Draw current = draws.latest(context.conversationId()).orElse(clicked);
        Locale locale = context.locale();
        if (current.status() == DrawStatus.SKIPPED) {
            // The current card was put away for "Andet tema": the theme chooser is what the chat is looking at.
            return Reply.replaceCard(views.themes(locale, deckFor(current), ageGroups.setting(context.conversationId()),
                    null));
        }
        Optional<String> card = live(locale, current);
        if (card.isEmpty()) {
            return Reply.notice(views.text(locale, "reflection.cardGone"));
        }
        Reply reply = Reply.replaceCard(card.get()).taggingReplacement(tag(current.id()));
        return away(locale, current, views.movedNote(locale, context.user().name(), clock.millis()))
                .map(moved -> reply.alsoUpdate(tag(current.id()), moved))
                .orElse(reply);
    }

    /** A draw as it stands: open, answered (with its answer) or sent to the leader. */
    Optional<String> live(Locale locale, Draw draw) {
        return render(locale, draw, state(locale, draw));
    }

    private Optional<String> away(Locale locale, Draw draw, String note) {
        return render(locale, draw, state(locale, draw).away(note));
    }

    private Optional<String> render(Locale locale, Draw draw, ReflectionViews.CardState state) {
        Deck deck = deckFor(draw);
        return deck.card(draw.cardId()).map(card -> views.card(locale, deck, card, state));
    }

    private ReflectionViews.CardState state(Locale locale, Draw draw) {
        return switch (draw.status()) {
            case ANSWERED -> new ReflectionViews.CardState(draw, answers.ofDraw(draw.id()).orElse(null), null, null, null);
            case ESCALATED -> new ReflectionViews.CardState(draw, null, "", views.escalatedBy(locale, draw), null);
            default -> ReflectionViews.CardState.open(draw);
        };
    }
}

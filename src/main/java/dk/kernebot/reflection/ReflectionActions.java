package dk.kernebot.reflection;

import java.util.Set;

import dk.kernebot.chat.CardAction;
import dk.kernebot.chat.CardActionHandler;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import org.springframework.stereotype.Component;

/** The buttons on reflection cards and on the theme chooser. */
@Component
class ReflectionActions implements CardActionHandler {

    static final String DRAW = "reflection.draw";
    static final String NEXT = "reflection.next";
    static final String OTHER_THEME = "reflection.otherTheme";
    static final String ANSWER = "reflection.answer";
    static final String ESCALATE = "reflection.escalate";
    static final String AFTER = "reflection.after";
    static final String CHOOSE_DECK = "reflection.chooseDeck";
    static final String CURRENT = "reflection.current";

    private final ReflectionService reflection;
    private final DeckCommand decks;

    ReflectionActions(ReflectionService reflection, DeckCommand decks) {
        this.reflection = reflection;
        this.decks = decks;
    }

    @Override
    public Set<String> verbs() {
        return Set.of(DRAW, NEXT, OTHER_THEME, ANSWER, ESCALATE, AFTER, CHOOSE_DECK, CURRENT);
    }

    @Override
    public Reply handle(ChatContext context, CardAction action) {
        String drawId = action.string("drawId");
        return switch (action.verb()) {
            case DRAW -> reflection.drawFromChooser(context, action.string("theme"));
            case NEXT -> reflection.next(context, drawId);
            case OTHER_THEME -> reflection.otherTheme(context, drawId);
            case ANSWER -> reflection.answer(context, drawId, action.string("answer"));
            case ESCALATE -> reflection.escalate(context, drawId, action.string("question"));
            case AFTER -> reflection.after(context, drawId);
            case CURRENT -> reflection.showCurrent(context, drawId);
            case CHOOSE_DECK -> decks.choose(context, action.string("deckId"));
            default -> throw new IllegalArgumentException("Unrouted verb " + action.verb());
        };
    }
}

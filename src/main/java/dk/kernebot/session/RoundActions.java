package dk.kernebot.session;

import java.util.Optional;
import java.util.Set;

import dk.kernebot.chat.CardAction;
import dk.kernebot.chat.CardActionHandler;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import dk.kernebot.session.kind.StepContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The round's buttons (issue 18): "Runde: alle siger én ting" starts the step's round (or a new one), and a tap on
 * a name ticks that person off. The ordstyrer and the referent keep track; a stale card changes nothing.
 */
@Component
class RoundActions implements CardActionHandler {

    static final String START = "session.round";
    static final String TICK = "session.round.tick";

    private final StaleClicks stale;
    private final StepContexts contexts;
    private final StepCards cards;
    private final SessionStore sessions;
    private final Referents referents;
    private final Rounds rounds;
    private final SessionTexts texts;

    RoundActions(StaleClicks stale, StepContexts contexts, StepCards cards, SessionStore sessions, Referents referents,
                 Rounds rounds, SessionTexts texts) {
        this.stale = stale;
        this.contexts = contexts;
        this.cards = cards;
        this.sessions = sessions;
        this.referents = referents;
        this.rounds = rounds;
        this.texts = texts;
    }

    @Override
    public Set<String> verbs() {
        return Set.of(START, TICK);
    }

    @Override
    @Transactional
    public Reply handle(ChatContext chat, CardAction action) {
        Optional<GuidedSession> found = stale.current(chat, action.string("sessionId"), action.string("stepId"));
        if (found.isEmpty()) {
            return stale.answer(chat, action.string("sessionId"), action.string("stepId"));
        }
        GuidedSession session = found.get();
        if (!referents.mayNoteFor(session, chat.user().id())) {
            return Reply.notice(texts.t(chat.locale(), "session.round.facilitatorOnly",
                    texts.name(session.facilitatorName())));
        }
        StepContext context = contexts.now(session, chat.locale());
        StepNote note = StepNote.NONE;
        if (START.equals(action.verb())) {
            rounds.start(session.id(), context.stepId(), chat.user());
        } else {
            Optional<Participant> person = context.participants().stream()
                    .filter(p -> p.userId().equals(action.string("userId"))).findFirst();
            if (person.isPresent() && rounds.running(session.id(), context.stepId())) {
                rounds.toggle(session.id(), context.stepId(), person.get());
            } else {
                note = StepNote.error(texts.t(chat.locale(), "session.round.unknown"));
            }
        }
        sessions.touch(session.id());
        return Reply.replaceCard(cards.render(contexts.now(sessions.find(session.id()).orElseThrow(), chat.locale()), note));
    }
}

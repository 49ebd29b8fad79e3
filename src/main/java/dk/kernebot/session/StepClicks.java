package dk.kernebot.session;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dk.kernebot.chat.CardAction;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import dk.kernebot.outbox.OutboundMessage;
import dk.kernebot.outbox.Outbox;
import dk.kernebot.session.kind.Outcome;
import dk.kernebot.session.kind.StepContext;
import dk.kernebot.session.kind.StepType;
import dk.kernebot.session.kind.StepTypes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A click on the part of a step card that belongs to its kind (propose, vote, place a boble, pick the wording ...):
 * taken only on the session's current step, handed to the step's type, and answered by drawing the card again.
 * The facilitator's nudge to the quiet ones is here too: it is the same for every kind that asks everyone.
 */
@Service
class StepClicks {

    private final StaleClicks stale;
    private final StepContexts contexts;
    private final StepCards cards;
    private final StepTypes types;
    private final SessionStore sessions;
    private final SessionService lifecycle;
    private final Voices voices;
    private final Outbox outbox;
    private final SessionTexts texts;
    private final OnBehalf onBehalf;

    StepClicks(StaleClicks stale, StepContexts contexts, StepCards cards, StepTypes types, SessionStore sessions,
               SessionService lifecycle, Voices voices, Outbox outbox, SessionTexts texts, OnBehalf onBehalf) {
        this.onBehalf = onBehalf;
        this.stale = stale;
        this.contexts = contexts;
        this.cards = cards;
        this.types = types;
        this.sessions = sessions;
        this.lifecycle = lifecycle;
        this.voices = voices;
        this.outbox = outbox;
        this.texts = texts;
    }

    @Transactional
    public Reply handle(ChatContext chat, CardAction action) {
        Optional<GuidedSession> session = stale.current(chat, action.string("sessionId"), action.string("stepId"));
        if (session.isEmpty()) {
            return stale.answer(chat, action.string("sessionId"), action.string("stepId"));
        }
        StepContext context = contexts.now(session.get(), chat.locale());
        StepType type = types.of(context.step());
        // On the current step itself: nothing to redraw as older, so the answer is a notice.
        if (!type.verbs().contains(action.verb())) {
            return stale.answer(chat, session.get().id(), null);
        }
        // The kind's act, for the clicker or (referent mode) for the person in the room they note it for.
        Outcome outcome = onBehalf.act(type, context, chat, action);
        if (outcome instanceof Outcome.Notice notice) {
            return Reply.notice(notice.text());
        }
        if (outcome instanceof Outcome.Stale) {
            return stale.answer(chat, session.get().id(), null);
        }
        StepNote note = StepNote.NONE;
        if (outcome instanceof Outcome.Refused refused) {
            note = StepNote.error(refused.message());
        } else {
            sessions.participated(session.get().id(), chat.user());
        }
        return Reply.replaceCard(cards.render(redrawn(session.get(), chat), note));
    }

    /** The facilitator's private nudge, 1:1, to everyone who has not contributed to this step yet. */
    @Transactional
    public Reply nudge(ChatContext chat, CardAction action) {
        Optional<GuidedSession> found = stale.current(chat, action.string("sessionId"), action.string("stepId"));
        if (found.isEmpty()) {
            return stale.answer(chat, action.string("sessionId"), action.string("stepId"));
        }
        GuidedSession session = found.get();
        if (StaleClicks.olderCopy(session, action.string("version"))) {
            return stale.olderCopyAnswer(chat, session);
        }
        if (!session.isFacilitator(chat.user().id())) {
            return Reply.notice(texts.t(chat.locale(), "session.facilitatorOnly", session.facilitatorName()));
        }
        lifecycle.refreshRoster(session.id(), session.conversationId());
        StepContext context = contexts.now(session, chat.locale());
        // Someone noted by a typed name is in the room, not in Teams: there is no chat to nudge them in.
        List<Participant> quiet = voices.quiet(context).stream().filter(OnBehalf::inTeams).toList();
        String stepTitle = context.step().title().in(chat.locale());
        int sent = 0;
        for (Participant person : quiet) {
            // A nudge is personal: "Hej Carla", not the full name from the directory.
            String text = texts.t(chat.locale(), "session.nudge.text", person.displayName().split(" ")[0],
                    chat.user().displayName(), stepTitle);
            boolean queued = outbox.enqueue(OutboundMessage.text(
                    "nudge:" + session.id() + ":" + context.stepId() + ":" + person.userId(),
                    new OutboundMessage.Person(person.userId(), person.aadId(), person.name(), session.conversationId()),
                    text, null));
            sent += queued ? 1 : 0;
        }
        String names = quiet.stream().map(Participant::displayName).collect(Collectors.joining(", "));
        String notice = quiet.isEmpty() ? texts.t(chat.locale(), "session.nudge.nobody")
                : sent == 0 ? texts.t(chat.locale(), "session.nudge.already", names)
                : texts.t(chat.locale(), "session.nudge.sent", names);
        String card = cards.render(redrawn(session, chat), StepNote.info(notice));
        return new Reply(List.of(), Optional.of(card), Optional.of(notice));
    }

    private StepContext redrawn(GuidedSession session, ChatContext chat) {
        sessions.touch(session.id());
        return contexts.now(sessions.find(session.id()).orElseThrow(), chat.locale());
    }
}

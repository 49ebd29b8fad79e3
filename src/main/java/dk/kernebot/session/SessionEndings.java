package dk.kernebot.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dk.kernebot.actionplan.GoalDraft;
import dk.kernebot.actionplan.Handleplans;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.OutgoingMessage;
import dk.kernebot.chat.Reply;
import dk.kernebot.outbox.OutboundMessage;
import dk.kernebot.outbox.Outbox;
import dk.kernebot.session.kind.StepContext;
import dk.kernebot.session.kind.StepType;
import dk.kernebot.session.kind.StepTypes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pausing, ending early and completing a session. Each is a compare-and-set on the session's status, and what
 * follows it (the summary, the handleplan goals, the revisit reminder) happens only for the click that won it.
 */
@Service
class SessionEndings {

    private final ProcessCatalog catalog;
    private final SessionStore sessions;
    private final StepContexts contexts;
    private final StepCards cards;
    private final StaleClicks stale;
    private final StepTypes types;
    private final Handleplans handleplans;
    private final Outbox outbox;
    private final SessionTexts texts;
    private final SessionCards otherCards;
    private final SessionPeople people;

    SessionEndings(ProcessCatalog catalog, SessionStore sessions, StepContexts contexts, StepCards cards,
                   StaleClicks stale, StepTypes types, Handleplans handleplans, Outbox outbox, SessionTexts texts,
                   SessionCards otherCards, SessionPeople people) {
        this.people = people;
        this.catalog = catalog;
        this.sessions = sessions;
        this.contexts = contexts;
        this.cards = cards;
        this.stale = stale;
        this.types = types;
        this.handleplans = handleplans;
        this.outbox = outbox;
        this.texts = texts;
        this.otherCards = otherCards;
    }

    @Transactional
    public Reply pause(ChatContext context, Trigger trigger) {
        Optional<GuidedSession> session = session(context, trigger);
        if (session.isEmpty() || session.get().status() != SessionStatus.ACTIVE) {
            return answer(trigger, t(context, "session.notActive"));
        }
        GuidedSession s = session.get();
        if (!s.isFacilitator(context.user().id())) {
            return answer(trigger, t(context, "session.facilitatorOnly", s.facilitatorName()));
        }
        if (!sessions.setStatus(s.id(), SessionStatus.ACTIVE, SessionStatus.PAUSED, context.user().name())) {
            return answer(trigger, t(context, "session.notActive"));
        }
        GuidedSession paused = sessions.find(s.id()).orElseThrow();
        String note = t(context, "session.paused", context.user().displayName());
        return trigger instanceof Trigger.Typed ? Reply.text(note) : new Reply(List.of(OutgoingMessage.text(note)),
                Optional.of(cards.render(contexts.now(paused, context.locale()))), Optional.empty());
    }

    /**
     * "Afslut" typed or clicked: asks once whether to end now, on a card with "Ja, afslut nu" and "Fortsæt".
     * Nothing changes until the answer, so an "Afslut" pressed by mistake costs nothing.
     */
    @Transactional(readOnly = true)
    public Reply askToEnd(ChatContext context, Trigger trigger) {
        Optional<GuidedSession> session = session(context, trigger);
        if (session.isEmpty() || !session.get().status().isOpen()) {
            return answer(trigger, t(context, "session.notOpen"));
        }
        GuidedSession s = session.get();
        if (!s.isFacilitator(context.user().id())) {
            return answer(trigger, t(context, "session.facilitatorOnly", s.facilitatorName()));
        }
        String card = otherCards.endConfirmation(context.locale(), s, catalog.find(s.processId()).orElseThrow());
        return trigger instanceof Trigger.Typed ? Reply.card(card) : Reply.replaceCard(card);
    }

    /** Ends a session early ("afslut nu", "Ja, afslut nu"): what the group has so far is kept and summed up. */
    @Transactional
    public Reply end(ChatContext context, Trigger trigger) {
        Optional<GuidedSession> session = session(context, trigger);
        if (session.isEmpty() || !session.get().status().isOpen()) {
            return answer(trigger, t(context, "session.notOpen"));
        }
        GuidedSession s = session.get();
        if (!s.isFacilitator(context.user().id())) {
            return answer(trigger, t(context, "session.facilitatorOnly", s.facilitatorName()));
        }
        if (!sessions.setStatus(s.id(), s.status(), SessionStatus.ENDED, context.user().name())) {
            return answer(trigger, t(context, "session.notOpen"));
        }
        GuidedSession ended = sessions.find(s.id()).orElseThrow();
        String summary = cards.render(contexts.summary(ended, context.locale()));
        Reply reply = Reply.card(summary);
        return trigger instanceof Trigger.Typed ? reply
                : reply.withReplacementCard(summary);
    }

    /** "Afslut og gem" on the summary: the session is done, and the group is reminded to revisit it later. */
    @Transactional
    public Reply complete(ChatContext context, String sessionId, String stepId) {
        Optional<GuidedSession> session = stale.current(context, sessionId, stepId);
        if (session.isEmpty()) {
            return stale.answer(context, sessionId, stepId);
        }
        GuidedSession s = session.get();
        if (!s.isFacilitator(context.user().id())) {
            return Reply.notice(t(context, "session.facilitatorOnly", s.facilitatorName()));
        }
        // Goals still waiting for their agreement keep the session open: nothing goes to the handleplan unagreed.
        Optional<String> held = holdsBack(s, context);
        if (held.isPresent()) {
            return Reply.replaceCard(cards.render(contexts.now(s, context.locale()), StepNote.error(held.get())));
        }
        // Two clicks may both get this far; only the one whose update wins goes on.
        if (!sessions.setStatus(s.id(), SessionStatus.ACTIVE, SessionStatus.COMPLETED, context.user().name())) {
            return stale.answer(context, sessionId, stepId);
        }
        GuidedSession done = sessions.find(s.id()).orElseThrow();
        ProcessDefinition process = catalog.find(done.processId()).orElseThrow();
        if (process.revisitAfterMonths() > 0) {
            scheduleRevisit(context, done, process);
        }
        String title = process.title().in(context.locale());
        // The læreplan evaluation draws no board: its text is published from the handleplan's export.
        String note = texts.forProcess(context.locale(), "session.completed", process, title);
        if (process.endsInHandleplan()) {
            List<GoalDraft> goals = goals(done, process, context);
            handleplans.addGoalsFromSession(done.conversationId(), done.id(), goals, context.user(),
                    people.of(contexts.summary(done, context.locale())));
            note = t(context, "session.completed.plan", title, goals.size());
        }
        for (int i = 0; i < process.steps().size(); i++) {
            StepContext at = contexts.at(done, i, context.locale());
            Optional<String> changed = types.of(at.step()).completed(at, context.user());
            if (changed.isPresent()) {
                note = note + " " + changed.get();
            }
        }
        return Reply.replaceCard(cards.render(contexts.now(done, context.locale()))).and(OutgoingMessage.text(note));
    }

    /**
     * The goals the session hands to the handleplan: what each step proposed, passed on through the steps after it
     * (a step where goals are agreed lets only the agreed ones through).
     */
    private List<GoalDraft> goals(GuidedSession session, ProcessDefinition process, ChatContext context) {
        List<GoalDraft> goals = new ArrayList<>();
        for (int i = 0; i < process.steps().size(); i++) {
            StepContext at = contexts.at(session, i, context.locale());
            StepType type = types.of(at.step());
            goals = new ArrayList<>(type.settle(at, goals));
            goals.addAll(type.goals(session, process, at.step()));
        }
        return goals;
    }

    /** The first reason any step gives for not finishing yet. */
    private Optional<String> holdsBack(GuidedSession session, ChatContext context) {
        ProcessDefinition process = catalog.find(session.processId()).orElseThrow();
        for (int i = 0; i < process.steps().size(); i++) {
            StepContext at = contexts.at(session, i, context.locale());
            Optional<String> held = types.of(at.step()).holdsBack(at);
            if (held.isPresent()) {
                return held;
            }
        }
        return Optional.empty();
    }

    private Optional<GuidedSession> session(ChatContext context, Trigger trigger) {
        return trigger instanceof Trigger.Clicked clicked ? stale.mine(context, clicked.sessionId())
                : sessions.anyOpen(context.conversationId());
    }

    private static Reply answer(Trigger trigger, String text) {
        return trigger instanceof Trigger.Typed ? Reply.text(text) : Reply.notice(text);
    }

    private void scheduleRevisit(ChatContext context, GuidedSession session, ProcessDefinition process) {
        long at = Instant.ofEpochMilli(session.finishedAt()).atZone(texts.clock().getZone())
                .plusMonths(process.revisitAfterMonths()).withHour(9).withMinute(0).toInstant().toEpochMilli();
        String text = texts.forProcess(context.locale(), "session.revisit", process,
                process.title().in(context.locale()), texts.date(context.locale(), session.finishedAt()),
                process.startKeywords().get(0));
        outbox.enqueueAt(OutboundMessage.text("revisit:" + session.id(),
                new OutboundMessage.Conversation(session.conversationId(), null), text, null), at);
    }

    private String t(ChatContext context, String key, Object... args) {
        return texts.t(context.locale(), key, args);
    }
}

package dk.kernebot.session;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.MemberDirectory;
import dk.kernebot.chat.OutgoingMessage;
import dk.kernebot.chat.Reply;
import dk.kernebot.chat.UserRef;
import dk.kernebot.session.kind.StepContext;
import dk.kernebot.session.kind.StepTypes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a guided session: start (or the choice to resume), moving between steps, handing over the
 * facilitator role (pausing and ending: {@link SessionEndings}). Only the facilitator moves the group on; everyone
 * contributes. Every click names its session and step; a click on a step that is no longer current changes
 * nothing. Nothing here knows a step kind: what a step does is its {@link dk.kernebot.session.kind.StepType}'s.
 */
@Service
public class SessionService {

    private final ProcessCatalog catalog;
    private final SessionStore sessions;
    private final StepContexts contexts;
    private final StepCards cards;
    private final SessionCards sessionCards;
    private final StaleClicks stale;
    private final StepTypes types;
    private final MemberDirectory directory;
    private final SessionTexts texts;

    SessionService(ProcessCatalog catalog, SessionStore sessions, StepContexts contexts, StepCards cards,
                   SessionCards sessionCards, StaleClicks stale, StepTypes types, MemberDirectory directory,
                   SessionTexts texts) {
        this.catalog = catalog;
        this.sessions = sessions;
        this.contexts = contexts;
        this.cards = cards;
        this.sessionCards = sessionCards;
        this.stale = stale;
        this.types = types;
        this.directory = directory;
        this.texts = texts;
    }

    /** "start kerneopgave": a new session, or, with one open, the choice to resume it or start over. */
    @Transactional
    public Reply start(ChatContext context, String processId) {
        ProcessDefinition process = catalog.find(processId).orElseThrow();
        if (!context.isGroup()) {
            return Reply.text(t(context, "session.groupOnly", process.title().in(context.locale())));
        }
        Optional<GuidedSession> open = sessions.open(context.conversationId(), processId);
        if (open.isPresent()) {
            return Reply.card(sessionCards.choice(context.locale(), open.get(), process));
        }
        return stepCard(context, begin(context, process));
    }

    /**
     * The name a step's card is posted under, so a click on another card (a question's, say) can bring it up to
     * date as well.
     */
    static String stepCardTag(String sessionId, int stepIndex) {
        return "session:" + sessionId + ":step:" + stepIndex;
    }

    /** "start" with no process (or an unknown one): which processes there are. */
    public Reply whichProcess(ChatContext context) {
        String list = catalog.all().stream()
                .map(p -> "\"" + p.startKeywords().get(0) + "\" (" + p.title().in(context.locale()) + ")")
                .collect(java.util.stream.Collectors.joining(", "));
        return Reply.text(t(context, "session.start.which", list));
    }

    /** "kerneopgave" / "fortsæt": the current step again, at the bottom of the chat. */
    @Transactional
    public Reply show(ChatContext context) {
        Optional<GuidedSession> open = sessions.anyOpen(context.conversationId());
        if (open.isEmpty()) {
            return Reply.text(t(context, "session.noneOpen"));
        }
        return resumed(context, open.get());
    }

    @Transactional
    public Reply resume(ChatContext context, String sessionId) {
        Optional<GuidedSession> session = stale.mine(context, sessionId).filter(s -> s.status().isOpen());
        if (session.isEmpty()) {
            return Reply.notice(t(context, "session.notOpen"));
        }
        Reply reply = resumed(context, session.get());
        GuidedSession now = sessions.find(session.get().id()).orElseThrow();
        return new Reply(List.of(), reply.messages().isEmpty() ? Optional.empty()
                : Optional.ofNullable(reply.messages().get(0).cardJson()), Optional.empty())
                .taggingReplacement(stepCardTag(now.id(), now.stepIndex()));
    }

    /** "Afslut og start forfra" on the choice card: the open session ends, a fresh one begins. */
    @Transactional
    public Reply restart(ChatContext context, String sessionId) {
        Optional<GuidedSession> session = stale.mine(context, sessionId).filter(s -> s.status().isOpen());
        if (session.isEmpty()) {
            return Reply.notice(t(context, "session.notOpen"));
        }
        GuidedSession old = session.get();
        if (!old.isFacilitator(context.user().id())) {
            return Reply.notice(t(context, "session.facilitatorOnly", old.facilitatorName()));
        }
        if (!sessions.setStatus(old.id(), old.status(), SessionStatus.ENDED, context.user().name())) {
            return stale.answer(context, old.id(), null);
        }
        GuidedSession fresh = begin(context, catalog.find(old.processId()).orElseThrow());
        return Reply.replaceCard(cards.render(contexts.now(fresh, context.locale())))
                .taggingReplacement(stepCardTag(fresh.id(), fresh.stepIndex()));
    }

    /** "Vis det aktuelle trin" on an older step card: the step the group is at now, as a new card at the bottom. */
    @Transactional
    public Reply current(ChatContext context, String sessionId) {
        Optional<GuidedSession> session = stale.mine(context, sessionId).filter(s -> s.status().isOpen());
        if (session.isEmpty()) {
            return stale.answer(context, sessionId, null);
        }
        return stepCard(context, session.get());
    }

    @Transactional
    public Reply next(ChatContext context, String sessionId, String stepId) {
        return move(context, sessionId, stepId, +1);
    }

    @Transactional
    public Reply back(ChatContext context, String sessionId, String stepId) {
        return move(context, sessionId, stepId, -1);
    }

    /** "ordstyrer @navn": hands the facilitator role to someone else. */
    @Transactional
    public Reply handOver(ChatContext context) {
        Optional<GuidedSession> open = sessions.anyOpen(context.conversationId());
        if (open.isEmpty()) {
            return Reply.text(t(context, "session.noneOpen"));
        }
        if (context.mentioned().size() != 1) {
            return Reply.text(t(context, "session.handover.how"));
        }
        GuidedSession s = open.get();
        if (!s.isFacilitator(context.user().id())) {
            return Reply.text(t(context, "session.facilitatorOnly", s.facilitatorName()));
        }
        UserRef to = context.mentioned().get(0);
        sessions.handOver(s.id(), to);
        sessions.participated(s.id(), to);
        return Reply.text(t(context, "session.handover.done", to.displayName()));
    }

    /** Refreshes the roster from Teams, so the card can show who has not spoken yet. */
    void refreshRoster(String sessionId, String conversationId) {
        for (UserRef member : directory.members(conversationId)) {
            sessions.inRoster(sessionId, member);
        }
    }

    /** The session's current step as a new card at the bottom of the chat. */
    private Reply stepCard(ChatContext context, GuidedSession session) {
        return new Reply(List.of(OutgoingMessage.card(cards.render(contexts.now(session, context.locale())))
                .tagged(stepCardTag(session.id(), session.stepIndex()))), Optional.empty(), Optional.empty());
    }

    private GuidedSession begin(ChatContext context, ProcessDefinition process) {
        Optional<GuidedSession> previous = sessions.lastAgreed(context.conversationId(), process.id());
        GuidedSession session = sessions.create(context.conversationId(), process.id(), context.user(),
                previous.map(GuidedSession::id).orElse(null));
        sessions.participated(session.id(), context.user());
        // A revisit starts from the last agreed version: each step carries over what it keeps.
        previous.ifPresent(p -> process.steps().forEach(step -> types.of(step).carryOver(p, session, step)));
        refreshRoster(session.id(), context.conversationId());
        return session;
    }

    private Reply resumed(ChatContext context, GuidedSession session) {
        if (session.status() == SessionStatus.PAUSED) {
            sessions.setStatus(session.id(), SessionStatus.PAUSED, SessionStatus.ACTIVE, context.user().name());
        }
        sessions.participated(session.id(), context.user());
        refreshRoster(session.id(), context.conversationId());
        return stepCard(context, sessions.find(session.id()).orElseThrow());
    }

    private Reply move(ChatContext context, String sessionId, String stepId, int direction) {
        Optional<GuidedSession> session = stale.current(context, sessionId, stepId);
        if (session.isEmpty()) {
            return stale.answer(context, sessionId, stepId);
        }
        GuidedSession s = session.get();
        if (!s.isFacilitator(context.user().id())) {
            return Reply.notice(t(context, "session.facilitatorOnly", s.facilitatorName()));
        }
        ProcessDefinition process = catalog.find(s.processId()).orElseThrow();
        // A step waiting for an answer only some may give (the goals' agreement) keeps the group until it has it.
        if (direction > 0) {
            StepContext here = contexts.now(s, context.locale());
            Optional<String> held = types.of(here.step()).holdsBack(here);
            if (held.isPresent()) {
                return Reply.replaceCard(cards.render(here, StepNote.error(held.get())));
            }
        }
        int to = s.stepIndex() + direction;
        if (to < 0 || to > process.lastIndex() || !sessions.moveStep(s.id(), s.stepIndex(), to, context.user().name())) {
            return stale.answer(context, sessionId, stepId);
        }
        GuidedSession moved = sessions.find(s.id()).orElseThrow();
        Locale locale = context.locale();
        String closed = cards.render(contexts.at(moved, s.stepIndex(), locale));
        String opened = cards.render(contexts.at(moved, to, locale));
        return Reply.replaceCard(closed).and(OutgoingMessage.card(opened).tagged(stepCardTag(moved.id(), to)));
    }

    private String t(ChatContext context, String key, Object... args) {
        return texts.t(context.locale(), key, args);
    }
}

package dk.kernebot.session;

import dk.kernebot.links.DownloadLinks;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import dk.kernebot.actionplan.GoalDraft;
import dk.kernebot.actionplan.Handleplans;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.MemberDirectory;
import dk.kernebot.chat.OutgoingMessage;
import dk.kernebot.chat.Reply;
import dk.kernebot.chat.UserRef;
import dk.kernebot.outbox.OutboundMessage;
import dk.kernebot.outbox.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a guided session: start (or the choice to resume), moving between steps, pausing, ending early,
 * completing, handing over the facilitator role. Only the facilitator moves the group on; everyone contributes.
 * Every click names its session and step; a click on a step that is no longer current changes nothing.
 */
@Service
public class SessionService {

    private final ProcessCatalog catalog;
    private final Sessions sessions;
    private final Entries entries;
    private final StepStates states;
    private final SessionViews views;
    private final MemberDirectory directory;
    private final Outbox outbox;
    private final SessionSettings settings;
    private final Handleplans handleplans;
    private final java.time.Clock clock;
    private final DownloadLinks links;

    SessionService(ProcessCatalog catalog, Sessions sessions, Entries entries, StepStates states, SessionViews views,
                   MemberDirectory directory, Outbox outbox, SessionSettings settings, Handleplans handleplans,
                   java.time.Clock clock, DownloadLinks links) {
        this.links = links;
        this.handleplans = handleplans;
        this.catalog = catalog;
        this.sessions = sessions;
        this.entries = entries;
        this.states = states;
        this.views = views;
        this.directory = directory;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /** "start kerneopgave": a new session, or, with one open, the choice to resume it or start over. */
    @Transactional
    public Reply start(ChatContext context, String processId) {
        ProcessDefinition process = catalog.find(processId).orElseThrow();
        if (!context.isGroup()) {
            return Reply.text(views.t(context.locale(), "session.groupOnly", process.title().in(context.locale())));
        }
        Optional<GuidedSession> open = sessions.open(context.conversationId(), processId);
        if (open.isPresent()) {
            return Reply.card(views.choice(context.locale(), open.get(), process));
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

    /** The session's current step as a new card at the bottom of the chat. */
    private Reply stepCard(ChatContext context, GuidedSession session) {
        return new Reply(List.of(OutgoingMessage.card(views.step(context.locale(), state(session), null))
                .tagged(stepCardTag(session.id(), session.stepIndex()))), Optional.empty(), Optional.empty());
    }

    /** "start" with no process (or an unknown one): which processes there are. */
    public Reply whichProcess(ChatContext context) {
        String list = catalog.all().stream().map(p -> "\"" + p.startKeywords().get(0) + "\" (" + p.title().in(context.locale()) + ")")
                .collect(java.util.stream.Collectors.joining(", "));
        return Reply.text(views.t(context.locale(), "session.start.which", list));
    }

    /** "kerneopgave" / "session": the current step again, at the bottom of the chat. */
    @Transactional
    public Reply show(ChatContext context) {
        Optional<GuidedSession> open = sessions.anyOpen(context.conversationId());
        if (open.isEmpty()) {
            return Reply.text(views.t(context.locale(), "session.noneOpen"));
        }
        return resumed(context, open.get());
    }

    @Transactional
    public Reply resume(ChatContext context, String sessionId) {
        Optional<GuidedSession> session = mine(context, sessionId).filter(s -> s.status().isOpen());
        if (session.isEmpty()) {
            return Reply.notice(views.t(context.locale(), "session.notOpen"));
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
        Optional<GuidedSession> session = mine(context, sessionId).filter(s -> s.status().isOpen());
        if (session.isEmpty()) {
            return Reply.notice(views.t(context.locale(), "session.notOpen"));
        }
        GuidedSession old = session.get();
        if (!mayLead(context, old)) {
            return Reply.notice(views.t(context.locale(), "session.facilitatorOnly", old.facilitatorName()));
        }
        sessions.setStatus(old.id(), old.status(), SessionStatus.ENDED);
        ProcessDefinition process = catalog.find(old.processId()).orElseThrow();
        GuidedSession fresh = begin(context, process);
        return Reply.replaceCard(views.step(context.locale(), state(fresh), null))
                .taggingReplacement(stepCardTag(fresh.id(), fresh.stepIndex()));
    }

    @Transactional
    public Reply next(ChatContext context, String sessionId, String stepId) {
        return move(context, sessionId, stepId, +1);
    }

    @Transactional
    public Reply back(ChatContext context, String sessionId, String stepId) {
        return move(context, sessionId, stepId, -1);
    }

    @Transactional
    public Reply pause(ChatContext context, String sessionId) {
        Optional<GuidedSession> session = sessionId == null ? sessions.anyOpen(context.conversationId())
                : mine(context, sessionId);
        if (session.isEmpty() || session.get().status() != SessionStatus.ACTIVE) {
            return answer(context, sessionId, views.t(context.locale(), "session.notActive"));
        }
        GuidedSession s = session.get();
        if (!mayLead(context, s)) {
            return answer(context, sessionId, views.t(context.locale(), "session.facilitatorOnly", s.facilitatorName()));
        }
        sessions.setStatus(s.id(), SessionStatus.ACTIVE, SessionStatus.PAUSED);
        GuidedSession paused = sessions.find(s.id()).orElseThrow();
        String note = views.t(context.locale(), "session.paused", context.user().displayName());
        String card = views.step(context.locale(), state(paused), null);
        return sessionId == null ? Reply.text(note) : new Reply(List.of(OutgoingMessage.text(note)),
                Optional.of(card), Optional.empty());
    }

    /** Ends a session early: what the group has so far is kept and summed up. */
    @Transactional
    public Reply end(ChatContext context, String sessionId) {
        Optional<GuidedSession> session = sessionId == null ? sessions.anyOpen(context.conversationId())
                : mine(context, sessionId);
        if (session.isEmpty() || !session.get().status().isOpen()) {
            return answer(context, sessionId, views.t(context.locale(), "session.notOpen"));
        }
        GuidedSession s = session.get();
        if (!mayLead(context, s)) {
            return answer(context, sessionId, views.t(context.locale(), "session.facilitatorOnly", s.facilitatorName()));
        }
        sessions.setStatus(s.id(), s.status(), SessionStatus.ENDED);
        GuidedSession ended = sessions.find(s.id()).orElseThrow();
        ProcessDefinition process = catalog.find(s.processId()).orElseThrow();
        String summary = views.step(context.locale(), states.at(ended, process, process.lastIndex()), null);
        Reply reply = Reply.card(summary);
        return sessionId == null ? reply : reply.withReplacementCard(views.step(context.locale(), state(ended), null));
    }

    /** "Afslut og gem" on the summary: the session is done, and the group is reminded to revisit it later. */
    @Transactional
    public Reply complete(ChatContext context, String sessionId, String stepId) {
        Optional<GuidedSession> session = current(context, sessionId, stepId);
        if (session.isEmpty()) {
            return stale(context, sessionId);
        }
        GuidedSession s = session.get();
        if (!mayLead(context, s)) {
            return Reply.notice(views.t(context.locale(), "session.facilitatorOnly", s.facilitatorName()));
        }
        sessions.setStatus(s.id(), SessionStatus.ACTIVE, SessionStatus.COMPLETED);
        GuidedSession done = sessions.find(s.id()).orElseThrow();
        ProcessDefinition process = catalog.find(done.processId()).orElseThrow();
        if (process.revisitAfterMonths() > 0) {
            scheduleRevisit(context, done, process);
        }
        String note = views.t(context.locale(), "session.completed", process.title().in(context.locale()));
        if (process.endsInHandleplan()) {
            List<GoalDraft> goals = goals(done, process);
            handleplans.addGoalsFromSession(done.conversationId(), done.id(), goals, context.user());
            note = views.t(context.locale(), "session.completed.plan", process.title().in(context.locale()), goals.size());
        }
        return Reply.replaceCard(views.step(context.locale(), state(done), null)).and(OutgoingMessage.text(note));
    }

    /** "ordstyrer @navn": hands the facilitator role to someone else. */
    @Transactional
    public Reply handOver(ChatContext context) {
        Optional<GuidedSession> open = sessions.anyOpen(context.conversationId());
        if (open.isEmpty()) {
            return Reply.text(views.t(context.locale(), "session.noneOpen"));
        }
        if (context.mentioned().size() != 1) {
            return Reply.text(views.t(context.locale(), "session.handover.how"));
        }
        GuidedSession s = open.get();
        if (!mayLead(context, s)) {
            return Reply.text(views.t(context.locale(), "session.facilitatorOnly", s.facilitatorName()));
        }
        UserRef to = context.mentioned().get(0);
        sessions.handOver(s.id(), to);
        sessions.participated(s.id(), to);
        return Reply.text(views.t(context.locale(), "session.handover.done", to.displayName()));
    }

    /** "tavle": the board of the open session, or of the latest one. */
    public Reply board(ChatContext context, String sessionId) {
        Optional<GuidedSession> session = sessionId != null ? mine(context, sessionId)
                : catalog.all().stream().filter(p -> p.firstOfKind(StepKind.BUBBLES).isPresent())
                        .map(p -> sessions.latest(context.conversationId(), p.id())).flatMap(Optional::stream)
                        .max(java.util.Comparator.comparingLong(GuidedSession::startedAt));
        if (session.isEmpty()) {
            return Reply.text(views.t(context.locale(), "session.board.none"));
        }
        ProcessDefinition process = catalog.find(session.get().processId()).orElseThrow();
        // Asking for the board again gives a fresh link and ends the one shown before.
        return Reply.card(views.board(context.locale(), process.title().in(context.locale()), settings.publicUrl(),
                links.renew(SessionBoards.LINK_KIND, session.get().boardToken())));
    }

    /** The step state of a session where it stands now (or its summary, once finished). */
    StepState state(GuidedSession session) {
        ProcessDefinition process = catalog.find(session.processId()).orElseThrow();
        int index = session.status().isOpen() ? session.stepIndex() : process.lastIndex();
        return states.at(session, process, index);
    }

    /** The session a card action names, if it belongs to this conversation (a forwarded card is no key). */
    Optional<GuidedSession> mine(ChatContext context, String sessionId) {
        return sessionId == null ? Optional.empty()
                : sessions.find(sessionId).filter(s -> s.conversationId().equals(context.conversationId()));
    }

    /** The session, if the click was on its current step and it is running. */
    Optional<GuidedSession> current(ChatContext context, String sessionId, String stepId) {
        return mine(context, sessionId).filter(s -> s.status() == SessionStatus.ACTIVE).filter(s -> {
            ProcessDefinition process = catalog.find(s.processId()).orElseThrow();
            return process.step(s.stepIndex()).id().equals(stepId);
        });
    }

    /** A click on a card whose step is over: the card becomes read-only, the clicker learns why. */
    Reply stale(ChatContext context, String sessionId) {
        Optional<GuidedSession> session = mine(context, sessionId);
        if (session.isEmpty()) {
            return Reply.notice(views.t(context.locale(), "session.unknown"));
        }
        String key = session.get().status() == SessionStatus.PAUSED ? "session.stale.paused"
                : session.get().status().isOpen() ? "session.stale.step" : "session.stale.finished";
        return new Reply(List.of(), Optional.empty(), Optional.of(views.t(context.locale(), key)));
    }

    boolean mayLead(ChatContext context, GuidedSession session) {
        return session.isFacilitator(context.user().id());
    }

    /** Refreshes the roster from Teams, so the card can show who has not spoken yet. */
    void refreshRoster(String sessionId, String conversationId) {
        for (UserRef member : directory.members(conversationId)) {
            sessions.inRoster(sessionId, member);
        }
    }

    private GuidedSession begin(ChatContext context, ProcessDefinition process) {
        Optional<GuidedSession> previous = sessions.lastAgreed(context.conversationId(), process.id());
        GuidedSession session = sessions.create(context.conversationId(), process.id(), context.user(),
                previous.map(GuidedSession::id).orElse(null));
        sessions.participated(session.id(), context.user());
        previous.ifPresent(p -> carryOver(p, session, process));
        refreshRoster(session.id(), context.conversationId());
        return session;
    }

    /** A revisit starts from the last agreed version: its wording as a proposal, its bobler on the board. */
    private void carryOver(GuidedSession previous, GuidedSession session, ProcessDefinition process) {
        process.firstOfKind(StepKind.PROPOSALS).ifPresent(step -> entries.active(previous.id(), step.id()).stream()
                .filter(e -> e.text().equals(previous.agreedText())).findFirst()
                .ifPresent(e -> entries.copy(e, session.id())));
        process.firstOfKind(StepKind.BUBBLES).ifPresent(step ->
                entries.active(previous.id(), step.id()).forEach(e -> entries.copy(e, session.id())));
    }

    private Reply resumed(ChatContext context, GuidedSession session) {
        if (session.status() == SessionStatus.PAUSED) {
            sessions.setStatus(session.id(), SessionStatus.PAUSED, SessionStatus.ACTIVE);
        }
        sessions.participated(session.id(), context.user());
        refreshRoster(session.id(), context.conversationId());
        return stepCard(context, sessions.find(session.id()).orElseThrow());
    }

    private Reply move(ChatContext context, String sessionId, String stepId, int direction) {
        Optional<GuidedSession> session = current(context, sessionId, stepId);
        if (session.isEmpty()) {
            return stale(context, sessionId);
        }
        GuidedSession s = session.get();
        if (!mayLead(context, s)) {
            return Reply.notice(views.t(context.locale(), "session.facilitatorOnly", s.facilitatorName()));
        }
        ProcessDefinition process = catalog.find(s.processId()).orElseThrow();
        int to = s.stepIndex() + direction;
        if (to < 0 || to > process.lastIndex() || !sessions.moveStep(s.id(), s.stepIndex(), to)) {
            return stale(context, sessionId);
        }
        GuidedSession moved = sessions.find(s.id()).orElseThrow();
        String closed = views.step(context.locale(), states.at(moved, process, s.stepIndex()), null);
        String opened = views.step(context.locale(), states.at(moved, process, to), null);
        return Reply.replaceCard(closed).and(OutgoingMessage.card(opened).tagged(stepCardTag(moved.id(), to)));
    }

    private Reply answer(ChatContext context, String sessionId, String text) {
        return sessionId == null ? Reply.text(text) : Reply.notice(text);
    }

    /** The goals proposed under each agenda point, tagged as the group tagged them, in agenda order. */
    private List<GoalDraft> goals(GuidedSession session, ProcessDefinition process) {
        List<GoalDraft> goals = new java.util.ArrayList<>();
        for (StepDefinition step : process.steps()) {
            if (step.kind() != StepKind.DIALOGUE) {
                continue;
            }
            for (Entry entry : entries.active(session.id(), step.id())) {
                if ("GOAL".equals(entry.level())) {
                    String quality = entry.values().stream().filter(SessionContributions.QUALITY_TYPES::contains)
                            .findFirst().orElse(null);
                    String capital = entry.values().stream().filter(SessionContributions.CAPITALS::contains)
                            .findFirst().orElse(null);
                    goals.add(new GoalDraft(entry.text(), step.title().da(), quality, capital));
                }
            }
        }
        return goals;
    }

    private void scheduleRevisit(ChatContext context, GuidedSession session, ProcessDefinition process) {
        ZoneId zone = clock.getZone();
        long at = Instant.ofEpochMilli(session.finishedAt()).atZone(zone).plusMonths(process.revisitAfterMonths())
                .withHour(9).withMinute(0).toInstant().toEpochMilli();
        String text = views.t(context.locale(), "session.revisit", process.title().in(context.locale()),
                views.date(context.locale(), session.finishedAt()), process.startKeywords().get(0));
        outbox.enqueueAt(OutboundMessage.text("revisit:" + session.id(),
                new OutboundMessage.Conversation(session.conversationId(), null), text, null), at);
    }
}

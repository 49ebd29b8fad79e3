package dk.kernebot.session;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dk.kernebot.chat.CardAction;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import dk.kernebot.institution.CoreValue;
import dk.kernebot.outbox.OutboundMessage;
import dk.kernebot.outbox.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What participants do on a step card: propose, place a boble, vote, edit or withdraw their own entry; and what
 * the facilitator does: pick the agreed wording, nudge the quiet ones. Every change re-renders the card in place.
 */
@Service
class SessionContributions {

    static final int MAX_TEXT = 1000;
    /** Nordfyn's model: goals are tagged with a quality type and a kind of professional capital. */
    static final List<String> QUALITY_TYPES = List.of("STRUKTUR", "PROCES", "RESULTAT");
    static final List<String> CAPITALS = List.of("INDIVIDUEL", "SOCIAL", "BESLUTNING");
    /** The roles of a kvalitetssamtale in Nordfyn's model, and one for everybody else. */
    static final List<String> ROLES = List.of("DAGTILBUDSCHEF", "LAERINGSKONSULENT", "DAGTILBUDSLEDER",
            "AFDELINGSLEDER", "TEAMLEDER", "BESTYRELSE", "ANDEN");

    private final SessionService lifecycle;
    private final Sessions sessions;
    private final Entries entries;
    private final SessionViews views;
    private final Outbox outbox;

    SessionContributions(SessionService lifecycle, Sessions sessions, Entries entries, SessionViews views, Outbox outbox) {
        this.lifecycle = lifecycle;
        this.sessions = sessions;
        this.entries = entries;
        this.views = views;
        this.outbox = outbox;
    }

    @Transactional
    public Reply contribute(ChatContext context, CardAction action) {
        return onCurrentStep(context, action, session -> {
            StepState state = lifecycle.state(session);
            StepKind kind = state.step().kind();
            if (kind == StepKind.ROLES) {
                return role(context, session, state, action.string("role"));
            }
            if (kind != StepKind.PROPOSALS && kind != StepKind.BUBBLES && kind != StepKind.DIALOGUE) {
                return lifecycle.stale(context, session.id());
            }
            String text = clean(action.string("text"));
            String serves = clean(action.string("serves"));
            if (text.isEmpty()) {
                return redraw(context, session, views.t(context.locale(), "session.error.empty"));
            }
            if (text.length() + serves.length() > MAX_TEXT) {
                return redraw(context, session, views.t(context.locale(), "session.error.tooLong", MAX_TEXT));
            }
            String level = null;
            List<String> values = List.of();
            if (kind == StepKind.BUBBLES) {
                level = action.string("level");
                if (level == null || Arrays.stream(SessionViews.LEVELS).noneMatch(level::equals)) {
                    return redraw(context, session, views.t(context.locale(), "session.error.level"));
                }
                if (!serves.isEmpty()) {
                    text = text + " – " + serves;
                }
            } else if (kind == StepKind.DIALOGUE) {
                level = action.string("category");
                if (level == null && state.step().categories().size() == 1) {
                    level = state.step().categories().get(0);
                }
                if (level == null || !state.step().categories().contains(level)) {
                    return redraw(context, session, views.t(context.locale(), "session.error.category"));
                }
                if ("GOAL".equals(level)) {
                    values = java.util.stream.Stream.of(action.string("quality"), action.string("capital"))
                            .filter(v -> v != null && (QUALITY_TYPES.contains(v) || CAPITALS.contains(v))).toList();
                }
            } else {
                Set<String> known = state.profile().map(p -> p.values().stream().map(CoreValue::id)
                        .collect(Collectors.toSet())).orElse(Set.of());
                values = split(action.string("values")).stream().filter(known::contains).distinct().toList();
            }
            sessions.participated(session.id(), context.user());
            entries.add(session.id(), state.step().id(), context.user(), text, level, values);
            return redraw(context, session, null);
        });
    }

    @Transactional
    public Reply edit(ChatContext context, CardAction action) {
        return onOwnEntry(context, action, entry -> {
            String text = clean(action.string("edit-" + entry.id()));
            if (text.isEmpty()) {
                return views.t(context.locale(), "session.error.empty");
            }
            if (text.length() > MAX_TEXT) {
                return views.t(context.locale(), "session.error.tooLong", MAX_TEXT);
            }
            entries.edit(entry.id(), text);
            return null;
        });
    }

    @Transactional
    public Reply withdraw(ChatContext context, CardAction action) {
        return onOwnEntry(context, action, entry -> {
            entries.withdraw(entry.id());
            return null;
        });
    }

    /** A vote on a proposal (one per person: voting again moves it) or on a boble (up to the step's votes). */
    @Transactional
    public Reply vote(ChatContext context, CardAction action) {
        return onCurrentStep(context, action, session -> {
            StepState state = lifecycle.state(session);
            Optional<Entry> entry = state.entries().stream().filter(e -> e.id().equals(action.string("entryId"))).findFirst();
            if (entry.isEmpty()) {
                return redraw(context, session, views.t(context.locale(), "session.error.gone"));
            }
            String stepId = state.step().id();
            String voter = context.user().id();
            sessions.participated(session.id(), context.user());
            if (entries.hasVoted(entry.get().id(), voter)) {
                entries.unvote(entry.get().id(), voter);
                return redraw(context, session, null);
            }
            if (state.step().kind() == StepKind.PROPOSALS) {
                entries.unvoteStep(session.id(), stepId, voter);
            } else if (state.step().kind() == StepKind.PRIORITY
                    && entries.votesBy(session.id(), stepId, voter) >= state.step().votesPerPerson()) {
                return Reply.notice(views.t(context.locale(), "session.vote.noneLeft", state.step().votesPerPerson()));
            } else if (state.step().kind() != StepKind.PRIORITY) {
                return lifecycle.stale(context, session.id());
            }
            entries.vote(session.id(), stepId, entry.get().id(), context.user());
            return redraw(context, session, null);
        });
    }

    /** The facilitator picks a proposal as the group's wording, or writes the agreed wording (edited). */
    @Transactional
    public Reply agree(ChatContext context, CardAction action) {
        return onCurrentStep(context, action, session -> {
            if (!lifecycle.mayLead(context, session)) {
                return Reply.notice(views.t(context.locale(), "session.facilitatorOnly", session.facilitatorName()));
            }
            StepState state = lifecycle.state(session);
            if (state.step().kind() != StepKind.PROPOSALS) {
                return lifecycle.stale(context, session.id());
            }
            String text;
            if (action.string("entryId") != null) {
                Optional<Entry> entry = state.entries().stream().filter(e -> e.id().equals(action.string("entryId"))).findFirst();
                if (entry.isEmpty()) {
                    return redraw(context, session, views.t(context.locale(), "session.error.gone"));
                }
                text = entry.get().text();
            } else {
                text = clean(action.string("agreedText"));
                if (text.isEmpty()) {
                    return redraw(context, session, views.t(context.locale(), "session.error.empty"));
                }
                if (text.length() > MAX_TEXT) {
                    return redraw(context, session, views.t(context.locale(), "session.error.tooLong", MAX_TEXT));
                }
            }
            sessions.agree(session.id(), text, context.user().name());
            return redraw(context, session, null);
        });
    }

    /** Marks (or unmarks) a boble as something the group will do in daily practice. */
    @Transactional
    public Reply practice(ChatContext context, CardAction action) {
        return onCurrentStep(context, action, session -> {
            StepState state = lifecycle.state(session);
            Optional<Entry> entry = state.step().kind() != StepKind.PRIORITY ? Optional.empty()
                    : state.entries().stream().filter(e -> e.id().equals(action.string("entryId"))).findFirst();
            if (entry.isEmpty()) {
                return redraw(context, session, views.t(context.locale(), "session.error.gone"));
            }
            sessions.participated(session.id(), context.user());
            entries.setInPractice(entry.get().id(), !entry.get().inPractice());
            return redraw(context, session, null);
        });
    }

    /** The facilitator's private nudge, 1:1, to everyone who has not contributed to this step yet. */
    @Transactional
    public Reply nudge(ChatContext context, CardAction action) {
        return onCurrentStep(context, action, session -> {
            if (!lifecycle.mayLead(context, session)) {
                return Reply.notice(views.t(context.locale(), "session.facilitatorOnly", session.facilitatorName()));
            }
            lifecycle.refreshRoster(session.id(), session.conversationId());
            StepState state = lifecycle.state(session);
            List<Participant> quiet = state.quiet();
            String stepTitle = state.step().title().in(context.locale());
            int sent = 0;
            for (Participant person : quiet) {
                // A nudge is personal: "Hej Carla", not the full name from the directory.
                String text = views.t(context.locale(), "session.nudge.text", person.displayName().split(" ")[0],
                        context.user().displayName(), stepTitle);
                boolean queued = outbox.enqueue(OutboundMessage.text(
                        "nudge:" + session.id() + ":" + state.step().id() + ":" + person.userId(),
                        new OutboundMessage.Person(person.userId(), person.aadId(), person.name(), session.conversationId()),
                        text, null));
                sent += queued ? 1 : 0;
            }
            String names = quiet.stream().map(Participant::displayName).collect(Collectors.joining(", "));
            String notice = quiet.isEmpty() ? views.t(context.locale(), "session.nudge.nobody")
                    : sent == 0 ? views.t(context.locale(), "session.nudge.already", names)
                    : views.t(context.locale(), "session.nudge.sent", names);
            sessions.touch(session.id());
            String card = views.step(context.locale(), lifecycle.state(sessions.find(session.id()).orElseThrow()), null, notice);
            return new Reply(List.of(), Optional.of(card), Optional.of(notice));
        });
    }

    /** One role per person: choosing again replaces the earlier choice. */
    private Reply role(ChatContext context, GuidedSession session, StepState state, String role) {
        if (role == null || !ROLES.contains(role)) {
            return redraw(context, session, views.t(context.locale(), "session.error.role"));
        }
        state.entries().stream().filter(e -> e.authorId().equals(context.user().id()))
                .forEach(e -> entries.withdraw(e.id()));
        sessions.participated(session.id(), context.user());
        entries.add(session.id(), state.step().id(), context.user(), role, role, List.of());
        return redraw(context, session, null);
    }

    private Reply onOwnEntry(ChatContext context, CardAction action, java.util.function.Function<Entry, String> change) {
        return onCurrentStep(context, action, session -> {
            Optional<Entry> entry = Optional.ofNullable(action.string("entryId")).flatMap(entries::find)
                    .filter(e -> e.sessionId().equals(session.id()) && e.isActive());
            if (entry.isEmpty()) {
                return redraw(context, session, views.t(context.locale(), "session.error.gone"));
            }
            if (!entry.get().authorId().equals(context.user().id())) {
                return Reply.notice(views.t(context.locale(), "session.authorOnly", entry.get().authorName()));
            }
            sessions.participated(session.id(), context.user());
            return redraw(context, session, change.apply(entry.get()));
        });
    }

    /** Runs a click's work on its session, if the click was on the session's current step; else the card is stale. */
    private Reply onCurrentStep(ChatContext context, CardAction action, java.util.function.Function<GuidedSession, Reply> work) {
        return lifecycle.current(context, action.string("sessionId"), action.string("stepId"))
                .map(work)
                .orElseGet(() -> lifecycle.stale(context, action.string("sessionId")));
    }

    private Reply redraw(ChatContext context, GuidedSession session, String error) {
        sessions.touch(session.id());
        GuidedSession now = sessions.find(session.id()).orElseThrow();
        return Reply.replaceCard(views.step(context.locale(), lifecycle.state(now), error));
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    private static List<String> split(String values) {
        return values == null || values.isBlank() ? List.of()
                : Arrays.stream(values.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }
}

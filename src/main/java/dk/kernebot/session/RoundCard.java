package dk.kernebot.session;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dk.kernebot.session.kind.StepContext;
import org.springframework.stereotype.Component;

/**
 * In a meeting chat the group is in the room (issue 18): nobody gets a private nudge (they are sitting right there),
 * and a step that asks everyone offers a round instead, "Runde: alle siger én ting", which the ordstyrer ticks off
 * person by person on the card.
 */
@Component
class RoundCard {

    /** A round lists this many people at most, those still to speak first, so the card stays small. */
    static final int MAX_PEOPLE = 30;
    /** Teams names a meeting's chat "19:meeting_…@thread.v2"; other group chats and channels are named otherwise. */
    private static final String MEETING_CHAT = "19:meeting_";

    private final Rounds rounds;
    private final Voices voices;
    private final SessionTexts texts;

    RoundCard(Rounds rounds, Voices voices, SessionTexts texts) {
        this.rounds = rounds;
        this.voices = voices;
        this.texts = texts;
    }

    static boolean inMeetingChat(GuidedSession session) {
        return session.conversationId().regionMatches(true, 0, MEETING_CHAT, 0, MEETING_CHAT.length());
    }

    /** The round part of a current step card in a meeting chat, on a step where everyone is asked. */
    Optional<RoundView> view(StepContext context) {
        if (!context.isCurrent() || !inMeetingChat(context.session()) || !voices.counted(context)) {
            return Optional.empty();
        }
        Locale l = context.locale();
        boolean running = rounds.running(context.sessionId(), context.stepId());
        Set<String> done = running ? rounds.turns(context.sessionId(), context.stepId()) : Set.of();
        List<Participant> people = context.participants().stream()
                .sorted(Comparator.comparing((Participant p) -> done.contains(p.userId()))
                        .thenComparing(Participant::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
        long said = people.stream().filter(p -> done.contains(p.userId())).count();
        List<RoundView.Turn> turns = people.stream().limit(MAX_PEOPLE).map(p -> {
            boolean hasSaid = done.contains(p.userId());
            return new RoundView.Turn(p.userId(), texts.escape(p.displayName()),
                    t(l, hasSaid ? "session.round.done" : "session.round.waiting"), hasSaid ? "Good" : "Default",
                    t(l, "session.round.tick", p.displayName()));
        }).toList();
        String progress = said == people.size() ? t(l, "session.round.allDone")
                : t(l, "session.round.progress", said, people.size());
        return Optional.of(new RoundView(context.sessionId(), context.stepId(),
                !running && !voices.quiet(context).isEmpty(), t(l, "session.round.suggestion"), running,
                t(l, "session.round.title"), progress, t(l, "session.round.hint"), running ? turns : List.of(),
                running && people.size() > MAX_PEOPLE, t(l, "session.round.more", Math.max(0, people.size() - MAX_PEOPLE)),
                t(l, running ? "session.round.again" : "session.round.start")));
    }

    private String t(Locale locale, String key, Object... args) {
        return texts.t(locale, key, args);
    }
}

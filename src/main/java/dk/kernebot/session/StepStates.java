package dk.kernebot.session;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.kernebot.institution.Institutions;
import dk.kernebot.conversation.ConversationStore;
import org.springframework.stereotype.Component;

/** Reads a {@link StepState} for a session at a given step. */
@Component
class StepStates {

    private final Sessions sessions;
    private final Entries entries;
    private final SessionQuestions questions;
    private final Institutions institutions;
    private final ConversationStore conversations;

    StepStates(Sessions sessions, Entries entries, SessionQuestions questions, Institutions institutions,
               ConversationStore conversations) {
        this.sessions = sessions;
        this.entries = entries;
        this.questions = questions;
        this.institutions = institutions;
        this.conversations = conversations;
    }

    StepState at(GuidedSession session, ProcessDefinition process, int stepIndex) {
        StepDefinition step = process.step(stepIndex);
        Map<String, Integer> votes = entries.voteCounts(session.id(), step.id());
        List<Entry> shown;
        List<String> contributors;
        if (step.kind() == StepKind.PRIORITY) {
            shown = Ranking.rank(entries.active(session.id(), step.over()), votes);
            contributors = entries.voterIds(session.id(), step.id());
        } else {
            shown = entries.active(session.id(), step.id());
            contributors = shown.stream().map(Entry::authorId).distinct().toList();
        }
        Optional<StepDefinition> bubbleStep = process.firstOfKind(StepKind.BUBBLES);
        Optional<StepDefinition> priority = process.firstOfKind(StepKind.PRIORITY);
        Map<String, Integer> priorityVotes = priority.map(p -> entries.voteCounts(session.id(), p.id())).orElse(Map.of());
        List<Entry> bubbles = bubbleStep.map(b -> Ranking.rank(entries.active(session.id(), b.id()), priorityVotes))
                .orElse(List.of());
        Optional<GuidedSession> previous = Optional.ofNullable(session.previousSessionId()).flatMap(sessions::find);
        List<Entry> previousBubbles = previous.flatMap(p -> bubbleStep.map(b -> entries.active(p.id(), b.id())))
                .orElse(List.of());
        String teamId = conversations.find(session.conversationId()).map(c -> c.teamId()).orElse(null);
        Map<String, List<Entry>> all = new java.util.LinkedHashMap<>();
        if (step.kind() == StepKind.SUMMARY) {
            process.steps().stream().filter(s -> s.kind() == StepKind.DIALOGUE || s.kind() == StepKind.ROLES)
                    .forEach(s -> all.put(s.id(), entries.active(session.id(), s.id())));
        }
        return new StepState(session, process, step, stepIndex, shown, votes, sessions.participants(session.id()),
                contributors, questions.of(session.id()), institutions.forConversation(session.conversationId(), teamId),
                previous, previousBubbles, bubbles, priorityVotes, all);
    }
}

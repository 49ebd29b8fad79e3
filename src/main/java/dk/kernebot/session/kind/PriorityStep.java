package dk.kernebot.session.kind;

import dk.kernebot.cards.CardTemplate;
import dk.kernebot.cards.CardView;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dk.kernebot.session.Entry;
import dk.kernebot.session.EntryStore;
import dk.kernebot.session.Ranking;
import dk.kernebot.session.SessionTexts;
import dk.kernebot.session.StepDefinition;
import dk.kernebot.session.Vocabularies;
import org.springframework.stereotype.Component;

/** PRIORITY: dot votes over the entries of an earlier step ("over"), and what goes into daily practice. */
@Component
class PriorityStep implements StepType {

    private final EntryStore entries;
    private final EntryRows rows;
    private final SessionTexts texts;

    PriorityStep(EntryStore entries, EntryRows rows, SessionTexts texts) {
        this.entries = entries;
        this.rows = rows;
        this.texts = texts;
    }

    /** Bound to {@code cards/session-priority.json}. */
    @CardTemplate("session-priority")
    record View(String votesHint) implements CardView {
    }

    @Override
    public String kind() {
        return "PRIORITY";
    }

    @Override
    public List<StepProblem> problems(StepDefinition step, List<StepDefinition> before, Vocabularies vocabularies) {
        if (step.over() == null || before.stream().noneMatch(s -> s.id().equals(step.over()))) {
            return List.of(new StepProblem("over", "over-not-earlier", step.over() == null ? "" : step.over()));
        }
        return List.of();
    }

    @Override
    public Set<String> verbs() {
        return Set.of("session.vote", "session.practice", ListPages.VERB);
    }

    @Override
    public boolean collectsVoices() {
        return true;
    }

    @Override
    public List<String> contributors(StepContext context) {
        return entries.voterIds(context.sessionId(), context.stepId());
    }

    @Override
    public StepBody body(StepContext context) {
        var locale = context.locale();
        Map<String, Integer> votes = entries.voteCounts(context.sessionId(), context.stepId());
        EntriesView list = rows.view(context, "PRIORITY", context.step().over(), (entry, byline) -> {
            Integer rank = Ranking.rankOf(votes, entry);
            int mine = votes.getOrDefault(entry.id(), 0);
            // "1. " at the start of a TextBlock would become a numbered list (indented, apart from its byline).
            String prefix = rank == null ? "" : rank + "\\. ";
            String votedBy = texts.t(locale, "session.entry.votes", mine) + " · " + byline;
            String details = entry.ring() == null ? "" : texts.t(locale, "session.entry.level",
                    context.process().vocabularies().label(Vocabularies.RINGS, entry.ring(), locale));
            EntryButtons buttons = new EntryButtons(texts.t(locale, "session.vote.dot", mine), false,
                    texts.t(locale, entry.inPractice() ? "session.practice.off" : "session.practice.on"), false);
            return rows.row(context, entry, prefix, texts.escape(entry.text()), entry.inPractice(), votedBy, details,
                    buttons);
        });
        return StepBody.of(new View(texts.t(locale, "session.priority.votesHint",
                context.step().votesPerPerson())), list);
    }

    @Override
    public Outcome act(StepContext context, StepClick click) {
        if (ListPages.VERB.equals(click.verb())) {
            return rows.page(context, click, context.step().over());
        }
        Optional<Entry> entry = rows.named(context, click, context.step().over());
        if (entry.isEmpty()) {
            return Outcome.refused(texts.t(context.locale(), "session.error.gone"));
        }
        if ("session.practice".equals(click.verb())) {
            entries.setInPractice(entry.get().id(), !entry.get().inPractice());
            return Outcome.changed();
        }
        String voter = click.user().id();
        if (entries.hasVoted(entry.get().id(), voter)) {
            entries.unvote(entry.get().id(), voter);
            return Outcome.changed();
        }
        int allowed = context.step().votesPerPerson();
        if (entries.votesBy(context.sessionId(), context.stepId(), voter) >= allowed) {
            return Outcome.notice(texts.t(context.locale(), "session.vote.noneLeft", allowed));
        }
        entries.vote(context.sessionId(), context.stepId(), entry.get().id(), click.user());
        return Outcome.changed();
    }
}

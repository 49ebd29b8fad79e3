package dk.kernebot.session.kind;

import dk.kernebot.cards.CardTemplate;
import dk.kernebot.cards.CardView;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dk.kernebot.session.Entry;
import dk.kernebot.session.EntryStore;
import dk.kernebot.session.EntryTags;
import dk.kernebot.session.GuidedSession;
import dk.kernebot.session.ProcessDefinition;
import dk.kernebot.session.Ranking;
import dk.kernebot.session.SessionTexts;
import dk.kernebot.session.StepDefinition;
import dk.kernebot.session.Term;
import dk.kernebot.session.Vocabularies;
import dk.kernebot.session.board.BoardBubble;
import dk.kernebot.session.board.BoardLevel;
import org.springframework.stereotype.Component;

/** BUBBLES: tasks and initiatives (bobler) placed on a ring of the board, and what the board (pladen) shows. */
@Component
public class BubblesStep implements EntryStep {

    static final String KIND = "BUBBLES";

    private final EntryStore entries;
    private final EntryRows rows;
    private final SessionTexts texts;

    BubblesStep(EntryStore entries, EntryRows rows, SessionTexts texts) {
        this.entries = entries;
        this.rows = rows;
        this.texts = texts;
    }

    /** Bound to {@code cards/session-bubbles.json}. */
    @CardTemplate("session-bubbles")
    record View(StepRef step, ContributeForm form, String levelLabel, String defaultRing, List<Choice> levelChoices,
                String servesLabel, String servesPlaceholder) implements CardView {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Set<String> verbs() {
        return Set.of("session.contribute", "session.edit", "session.withdraw", ListPages.VERB);
    }

    @Override
    public EntryRows rows() {
        return rows;
    }

    @Override
    public StepBody body(StepContext context) {
        var locale = context.locale();
        EntriesView list = rows.view(context, KIND, context.stepId(), (entry, byline) -> rows.row(context, entry, "",
                texts.escape(entry.text()), entry.inPractice(), byline,
                texts.t(locale, "session.entry.level", ring(context, entry.ring())), EntryButtons.EDIT_ONLY));
        List<Term> rings = context.process().vocabularies().of(Vocabularies.RINGS);
        View view = new View(context.ref(), ContributeForm.of(texts, locale, KIND), texts.t(locale, "session.input.level"),
                rings.get(0).id(), rings.stream().map(r -> new Choice(r.label(locale), r.id())).toList(),
                texts.t(locale, "session.input.serves"), texts.t(locale, "session.placeholder.serves"));
        return StepBody.of(view, list);
    }

    @Override
    public Outcome act(StepContext context, StepClick click) {
        if (!"session.contribute".equals(click.verb())) {
            return rows.editOrWithdraw(context, click);
        }
        String text = click.text("text");
        String serves = click.text("serves");
        Optional<String> problem = rows.problem(context, serves.isEmpty() ? text : text + " – " + serves);
        if (text.isEmpty() || problem.isPresent()) {
            return Outcome.refused(problem.orElseGet(() -> texts.t(context.locale(), "session.error.empty")));
        }
        String ring = click.string("level");
        if (!context.process().vocabularies().has(Vocabularies.RINGS, ring)) {
            return Outcome.refused(texts.t(context.locale(), "session.error.level"));
        }
        entries.add(context.sessionId(), context.stepId(), click.user(), serves.isEmpty() ? text : text + " – " + serves,
                EntryTags.ring(ring));
        return Outcome.changed();
    }

    /** A revisit starts with last time's bobler on the board. */
    @Override
    public void carryOver(GuidedSession previous, GuidedSession next, StepDefinition step) {
        entries.active(previous.id(), step.id()).forEach(e -> entries.copy(e, next.id()));
    }

    @Override
    public Optional<SummaryPart> summary(StepContext context) {
        var locale = context.locale();
        Map<String, Integer> votes = votes(context.session(), context.process(), context.step());
        List<Entry> ranked = Ranking.rank(entries.active(context.sessionId(), context.stepId()), votes);
        List<SummaryPart.Line> lines = ranked.stream().map(bubble -> {
            Integer rank = Ranking.rankOf(ranked, votes, bubble);
            // The marker (a rank or a bullet) is part of each text, so no two placeholders meet in a row.
            int given = votes.getOrDefault(bubble.id(), 0);
            String line = rank == null
                    ? texts.t(locale, "session.summary.bubble.unranked", texts.escape(bubble.text()),
                            ring(context, bubble.ring()), given)
                    : texts.t(locale, "session.summary.bubble", rank, texts.escape(bubble.text()),
                            ring(context, bubble.ring()), given);
            return new SummaryPart.Line(bubble.inPractice() ? line + " " + texts.t(locale, "session.summary.inPractice")
                    : line);
        }).toList();
        Set<String> now = ranked.stream().map(e -> e.text().strip()).collect(Collectors.toSet());
        Set<String> before = context.previous().map(p -> entries.active(p.id(), context.stepId()).stream()
                .map(e -> e.text().strip()).collect(Collectors.toSet())).orElse(Set.of());
        List<SummaryPart.Line> changes = new java.util.ArrayList<>();
        if (context.previous().isPresent()) {
            now.stream().filter(b -> !before.contains(b)).sorted().forEach(b -> changes.add(new SummaryPart.Line(
                    texts.t(locale, "session.change.newBubble", texts.escape(b)))));
            before.stream().filter(b -> !now.contains(b)).sorted().forEach(b -> changes.add(new SummaryPart.Line(
                    texts.t(locale, "session.change.goneBubble", texts.escape(b)))));
        }
        return Optional.of(new SummaryPart(texts.t(locale, "session.summary.bubbles"), lines.isEmpty()
                ? List.of(new SummaryPart.Line(texts.t(locale, "session.summary.noBubbles"))) : lines, changes));
    }

    /** Whether a process puts bobler on a board at all. */
    public boolean drawsOn(ProcessDefinition process) {
        return step(process).isPresent();
    }

    /** The process's bobler as the board draws them: ranked by the votes over them, on their rings. */
    public List<BoardBubble> board(GuidedSession session, ProcessDefinition process) {
        return step(process).map(step -> {
            Map<String, Integer> votes = votes(session, process, step);
            List<Entry> ranked = Ranking.rank(entries.active(session.id(), step.id()), votes);
            return ranked.stream().map(e -> new BoardBubble(e.text(), boardLevel(e.ring()),
                    Ranking.rankOf(ranked, votes, e), e.inPractice())).toList();
        }).orElse(List.of());
    }

    /** The bobler the group marked "Det gør vi i praksis", in the order of the votes over them. */
    public List<Entry> inPractice(GuidedSession session, ProcessDefinition process) {
        return step(process).map(step -> Ranking.rank(entries.active(session.id(), step.id()),
                votes(session, process, step)).stream().filter(Entry::inPractice).toList()).orElse(List.of());
    }

    private static String ring(StepContext context, String ring) {
        return context.process().vocabularies().label(Vocabularies.RINGS, ring, context.locale());
    }

    /** The board has Aalborg's four rings: a process that places bobler names them, and no others. */
    @Override
    public List<StepProblem> problems(StepDefinition step, List<StepDefinition> before, Vocabularies vocabularies) {
        if (vocabularies.of(Vocabularies.RINGS).isEmpty()) {
            return List.of(new StepProblem("kind", "missing-vocabulary", Vocabularies.RINGS));
        }
        List<String> board = java.util.Arrays.stream(BoardLevel.values()).map(Enum::name).toList();
        return vocabularies.of(Vocabularies.RINGS).stream().filter(r -> !board.contains(r.id()))
                .map(r -> new StepProblem("vocabularies.rings", "ring-not-on-board", r.id(), String.join(", ", board)))
                .toList();
    }

    private Optional<StepDefinition> step(ProcessDefinition process) {
        return process.steps().stream().filter(s -> KIND.equals(s.kind())).findFirst();
    }

    /** The votes of the steps that vote over this one (a PRIORITY step names it as "over"). */
    private Map<String, Integer> votes(GuidedSession session, ProcessDefinition process, StepDefinition bubbles) {
        Map<String, Integer> votes = new java.util.HashMap<>();
        process.steps().stream().filter(s -> bubbles.id().equals(s.over()))
                .forEach(s -> entries.voteCounts(session.id(), s.id()).forEach((k, v) -> votes.merge(k, v, Integer::sum)));
        return votes;
    }

    private static BoardLevel boardLevel(String level) {
        try {
            return level == null ? BoardLevel.INSTITUTION : BoardLevel.valueOf(level);
        } catch (IllegalArgumentException e) {
            return BoardLevel.INSTITUTION;
        }
    }
}

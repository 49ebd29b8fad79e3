package dk.kernebot.session.kind;

import dk.kernebot.cards.CardTemplate;
import dk.kernebot.cards.CardView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dk.kernebot.session.GuidedSession;
import dk.kernebot.session.Participant;
import dk.kernebot.session.SessionStatus;
import dk.kernebot.session.SessionTexts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * SUMMARY: what the group arrived at, in the words of each step before it (every type adds its own section and
 * what changed since last time), the questions, who took part and when to come back; "Afslut og gem" closes the
 * session here.
 */
@Component
class SummaryStep implements StepType {

    /** A page of the summary holds at most this many lines and this many characters of them (a card under 40 KB). */
    static final int LINES_PER_PAGE = 30;
    static final int CHARS_PER_PAGE = 9000;
    static final int CHANGES_SHOWN = 10;

    private final ObjectProvider<StepTypes> types;
    private final QuestionLines questions;
    private final BubblesStep bubbles;
    private final SessionTexts texts;
    private final ListPages pages;
    private final PracticeForm practice;

    SummaryStep(ObjectProvider<StepTypes> types, QuestionLines questions, BubblesStep bubbles, SessionTexts texts,
                ListPages pages, PracticeForm practice) {
        this.practice = practice;
        this.types = types;
        this.questions = questions;
        this.bubbles = bubbles;
        this.texts = texts;
        this.pages = pages;
    }

    /** Bound to {@code cards/session-summary.json}. */
    @CardTemplate("session-summary")
    record View(StepRef step, boolean isEnded, String endedNote, List<Section> sections, boolean hasChanges,
                String changesLabel, List<SummaryPart.Line> changes, String questionsLabel, boolean noQuestions,
                String noQuestionsText, List<SummaryPart.Line> questions, String participantsText, boolean hasRevisit,
                String revisitText, String completeLabel, String backLabel, boolean hasBoard, String boardLabel,
                String bestyrelseLabel, boolean hasPlan, String planLabel, PracticeForm.View practice,
                boolean hasPaging, String pageText, boolean hasMore, String moreLabel, int nextPage,
                boolean hasPrevious, String previousLabel, int previousPage) implements CardView {
    }

    record Section(String heading, List<SummaryPart.Line> lines) {
    }

    @Override
    public String kind() {
        return "SUMMARY";
    }

    @Override
    public boolean closesProcess() {
        return true;
    }

    @Override
    public Set<String> verbs() {
        return Set.of(ListPages.VERB);
    }

    /** "Vis flere" / "Tilbage" under a summary longer than one card. */
    @Override
    public Outcome act(StepContext context, StepClick click) {
        List<Section> sections = new ArrayList<>();
        parts(context, sections, new ArrayList<>());
        return pages.choose(context, click, SummaryPages.lines(sections));
    }

    /** Every other step's section of the summary, and what changed since last time. */
    private void parts(StepContext context, List<Section> sections, List<SummaryPart.Line> changes) {
        StepTypes all = types.getObject();
        for (int i = 0; i < context.process().steps().size(); i++) {
            if (i == context.stepIndex()) {
                continue;
            }
            StepContext at = context.at(i);
            all.of(at.step()).summary(at).ifPresent(part -> {
                sections.add(new Section(part.heading(), part.lines()));
                changes.addAll(part.changes());
            });
        }
    }

    @Override
    public StepBody body(StepContext context) {
        var locale = context.locale();
        GuidedSession session = context.session();
        List<Section> all = new ArrayList<>();
        List<SummaryPart.Line> changes = new ArrayList<>();
        parts(context, all, changes);
        List<List<Section>> split = SummaryPages.split(all, LINES_PER_PAGE, CHARS_PER_PAGE,
                heading -> texts.t(locale, "session.summary.continued", heading));
        ListPage page = ListPage.of(split.size(), 1, pages.page(context, SummaryPages.lines(all)), false);
        List<Section> sections = split.get(page.page() - 1);
        if (changes.size() > CHANGES_SHOWN) {
            int more = changes.size() - CHANGES_SHOWN;
            changes = new ArrayList<>(changes.subList(0, CHANGES_SHOWN));
            changes.add(new SummaryPart.Line(texts.t(locale, "session.summary.moreChanges", more)));
        }
        List<SummaryPart.Line> asked = questions.of(context);
        List<String> took = context.participants().stream().filter(Participant::active)
                .map(p -> p.inTeams() ? texts.escape(p.displayName())
                        : texts.t(locale, "session.summary.participantExternal", texts.escape(p.displayName()))).toList();
        int months = context.process().revisitAfterMonths();
        long finished = session.finishedAt() == null ? texts.clock().millis() : session.finishedAt();
        LocalDate revisit = Instant.ofEpochMilli(finished).atZone(texts.clock().getZone()).toLocalDate().plusMonths(months);
        View view = new View(context.ref(), session.status() == SessionStatus.ENDED,
                texts.t(locale, "session.summary.ended"), sections, !changes.isEmpty(),
                texts.t(locale, "session.summary.changes",
                        context.previous().map(p -> texts.date(locale, p.finishedAt())).orElse("")),
                changes, texts.t(locale, "session.questions.label"), asked.isEmpty(),
                texts.t(locale, "session.questions.none"), asked,
                texts.t(locale, "session.summary.participants", took.isEmpty() ? "–" : String.join(", ", took)),
                months > 0,
                texts.forProcess(locale, "session.summary.revisit", context.process(), texts.date(locale, revisit)),
                texts.t(locale, "session.complete"), texts.t(locale, "session.back"),
                bubbles.drawsOn(context.process()), texts.t(locale, "session.board"),
                texts.t(locale, "bestyrelse.button"),
                context.process().endsInHandleplan() && session.status() == SessionStatus.COMPLETED,
                texts.t(locale, "session.summary.plan"), practice.view(context), page.paged(),
                texts.t(locale, "session.summary.page", page.page(), page.pages()), page.hasNext(),
                texts.t(locale, "session.summary.more"), page.page() + 1, page.hasPrevious(),
                texts.t(locale, "session.entries.previous"), page.page() - 1);
        return new StepBody(view, Optional.empty(), false);
    }
}

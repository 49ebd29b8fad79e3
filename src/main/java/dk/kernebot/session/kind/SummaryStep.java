package dk.kernebot.session.kind;

import dk.kernebot.cards.CardTemplate;
import dk.kernebot.cards.CardView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    private final ObjectProvider<StepTypes> types;
    private final QuestionLines questions;
    private final BubblesStep bubbles;
    private final SessionTexts texts;
    private final PracticeForm practice;

    SummaryStep(ObjectProvider<StepTypes> types, QuestionLines questions, BubblesStep bubbles, SessionTexts texts,
                PracticeForm practice) {
        this.practice = practice;
        this.types = types;
        this.questions = questions;
        this.bubbles = bubbles;
        this.texts = texts;
    }

    /** Bound to {@code cards/session-summary.json}. */
    @CardTemplate("session-summary")
    record View(StepRef step, boolean isEnded, String endedNote, List<Section> sections, boolean hasChanges,
                String changesLabel, List<SummaryPart.Line> changes, String questionsLabel, boolean noQuestions,
                String noQuestionsText, List<SummaryPart.Line> questions, String participantsText, boolean hasRevisit,
                String revisitText, String completeLabel, String backLabel, boolean hasBoard, String boardLabel,
                String bestyrelseLabel, boolean hasPlan, String planLabel, PracticeForm.View practice) implements CardView {
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
    public StepBody body(StepContext context) {
        var locale = context.locale();
        GuidedSession session = context.session();
        List<Section> sections = new ArrayList<>();
        List<SummaryPart.Line> changes = new ArrayList<>();
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
        List<SummaryPart.Line> asked = questions.of(context);
        List<String> took = context.participants().stream().filter(Participant::active)
                .map(p -> texts.escape(p.displayName())).toList();
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
                months > 0, texts.t(locale, "session.summary.revisit", texts.date(locale, revisit)),
                texts.t(locale, "session.complete"), texts.t(locale, "session.back"),
                bubbles.drawsOn(context.process()), texts.t(locale, "session.board"),
                texts.t(locale, "bestyrelse.button"),
                context.process().endsInHandleplan() && session.status() == SessionStatus.COMPLETED,
                texts.t(locale, "session.summary.plan"), practice.view(context));
        return new StepBody(view, Optional.empty(), false);
    }
}

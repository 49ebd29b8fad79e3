package dk.kernebot.session.kind;

import dk.kernebot.cards.CardTemplate;
import dk.kernebot.cards.CardView;
import java.util.List;

import dk.kernebot.session.SessionTexts;
import org.springframework.stereotype.Component;

/**
 * QUESTIONS: what the group cannot settle. A question raised here (or anywhere in the session) first gets a
 * reflection card, then goes to the leader; this step's card lists them and how far each got.
 */
@Component
class QuestionsStep implements StepType {

    private final QuestionLines questions;
    private final SessionTexts texts;

    QuestionsStep(QuestionLines questions, SessionTexts texts) {
        this.questions = questions;
        this.texts = texts;
    }

    /** Bound to {@code cards/session-questions.json}. */
    @CardTemplate("session-questions")
    record View(String questionsLabel, boolean noQuestions, String noQuestionsText, List<SummaryPart.Line> questions) implements CardView {
    }

    @Override
    public String kind() {
        return "QUESTIONS";
    }

    @Override
    public boolean listsQuestions() {
        return true;
    }

    @Override
    public StepBody body(StepContext context) {
        var locale = context.locale();
        List<SummaryPart.Line> lines = questions.of(context);
        return StepBody.of(new View(texts.t(locale, "session.questions.label"), lines.isEmpty(),
                texts.t(locale, "session.questions.none"), lines));
    }
}

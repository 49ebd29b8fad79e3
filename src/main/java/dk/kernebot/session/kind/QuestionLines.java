package dk.kernebot.session.kind;

import java.util.List;

import dk.kernebot.session.SessionTexts;
import org.springframework.stereotype.Component;

/** The session's questions as lines ("Må vi ...? (Bo) – sendt til lederen"), for the questions step and the summary. */
@Component
class QuestionLines {

    private final SessionTexts texts;

    QuestionLines(SessionTexts texts) {
        this.texts = texts;
    }

    List<SummaryPart.Line> of(StepContext context) {
        var locale = context.locale();
        return context.questions().stream().map(q -> new SummaryPart.Line(texts.t(locale, "session.questions.line",
                texts.escape(q.text()), texts.name(q.askedByName()),
                texts.t(locale, "session.questions.status." + q.status())))).toList();
    }
}

package dk.kernebot.session;

import dk.kernebot.cards.CardTemplate;
import dk.kernebot.cards.CardView;
import java.util.List;
import java.util.Locale;

import dk.kernebot.cards.CardRenderer;
import dk.kernebot.chat.Texts;
import dk.kernebot.reflection.SuggestedCard;
import dk.kernebot.session.kind.SummaryPart;
import org.springframework.stereotype.Component;

/**
 * The session cards that are not step cards: a raised question's reflection card, the board, the resume choice,
 * the question before ending early.
 */
@Component
class SessionCards {

    /** Bound to {@code cards/session-question.json}. */
    @CardTemplate("session-question")
    record QuestionCard(String questionId, String heading, String questionText, boolean hasCard, String tryCardLabel,
                        String cardQuestion, List<SummaryPart.Line> prompts, boolean isOpen, boolean isClosed,
                        String statusText, String nextText, String settleLabel, String noteLabel,
                        String notePlaceholder, String settleSubmit, String escalateLabel) implements CardView {
    }

    /** Bound to {@code cards/session-board.json}. */
    @CardTemplate("session-board")
    record BoardCard(String heading, String text, String previewUrl, String altText, String pdfA3Label,
                     String pdfA3Url, String pdfA2Label, String pdfA2Url, String svgLabel, String svgUrl) implements CardView {
    }

    /** Bound to {@code cards/session-end.json}: "Vil I afslutte forløbet nu?" before a session ends early. */
    @CardTemplate("session-end")
    record EndCard(String sessionId, String heading, String text, String endLabel, String resumeLabel)
            implements CardView {
    }

    /** Bound to {@code cards/session-choice.json}. */
    @CardTemplate("session-choice")
    record ChoiceCard(String sessionId, String heading, String text, String next, String resumeLabel,
                      String restartLabel) implements CardView {
    }

    private final CardRenderer renderer;
    private final SessionTexts texts;

    SessionCards(CardRenderer renderer, SessionTexts texts) {
        this.renderer = renderer;
        this.texts = texts;
    }

    /** @param leaderNote what the leader answered, for an escalated question; empty before that */
    String question(Locale locale, SessionQuestion question, SuggestedCard suggestion, String leaderNote) {
        boolean open = SessionQuestion.OFFERED.equals(question.status());
        String status = switch (question.status()) {
            case SessionQuestion.SETTLED -> question.note() == null || question.note().isBlank()
                    ? t(locale, "session.question.settled")
                    : t(locale, "session.question.settledWith", texts.escape(question.note()));
            case SessionQuestion.ESCALATED -> leaderNote.isEmpty() ? t(locale, "session.question.escalated") : leaderNote;
            default -> "";
        };
        return renderer.render(new QuestionCard(question.id(),
                t(locale, "session.question.heading", texts.name(question.askedByName())), texts.escape(question.text()),
                suggestion != null,
                suggestion == null ? "" : t(locale, "session.question.tryCard", suggestion.theme().name().in(locale)),
                suggestion == null ? "" : texts.escape(suggestion.card().question().in(locale)),
                suggestion == null ? List.of() : suggestion.card().prompts().stream()
                        .map(p -> new SummaryPart.Line(texts.escape(p.in(locale)))).toList(),
                open, !open, status,
                t(locale, suggestion == null ? "session.question.nextNoCard" : "session.question.next"),
                t(locale, "session.question.settle"), t(locale, "session.question.noteLabel"),
                t(locale, "session.question.notePlaceholder"), t(locale, "session.question.settleSubmit"),
                t(locale, "session.question.escalate")));
    }

    String board(Locale locale, String processTitle, String baseUrl, String token) {
        String base = baseUrl.replaceAll("/+$", "") + "/boards/" + token;
        // The board is drawn in the chat's language: the browser or Teams' image proxy that fetches the links may
        // ask for another one (a Danish Teams on an English browser), so the links say which.
        String lang = "lang=" + Texts.supported(locale).getLanguage();
        return renderer.render(new BoardCard(t(locale, "session.boardCard.heading", processTitle),
                t(locale, "session.boardCard.text"), base + ".png?" + lang, t(locale, "session.boardCard.alt"),
                t(locale, "session.boardCard.pdfA3"), base + ".pdf?size=A3&" + lang, t(locale, "session.boardCard.pdfA2"),
                base + ".pdf?size=A2&" + lang, t(locale, "session.boardCard.svg"), base + ".svg?" + lang));
    }

    String endConfirmation(Locale locale, GuidedSession open, ProcessDefinition process) {
        return renderer.render(new EndCard(open.id(), t(locale, "session.endConfirm.heading"),
                t(locale, "session.endConfirm.text", open.stepIndex() + 1, process.steps().size(),
                        process.step(open.stepIndex()).title().in(locale)),
                t(locale, "session.endConfirm.yes"), t(locale, "session.endConfirm.no")));
    }

    String choice(Locale locale, GuidedSession open, ProcessDefinition process) {
        return renderer.render(new ChoiceCard(open.id(),
                t(locale, "session.choice.heading", process.title().in(locale)),
                t(locale, open.status() == SessionStatus.PAUSED ? "session.choice.paused" : "session.choice.active",
                        texts.name(open.startedByName()), texts.date(locale, open.startedAt()),
                        process.step(open.stepIndex()).title().in(locale)),
                t(locale, "session.choice.next"), t(locale, "session.choice.resume"), t(locale, "session.choice.restart")));
    }

    private String t(Locale locale, String key, Object... args) {
        return texts.t(locale, key, args);
    }
}

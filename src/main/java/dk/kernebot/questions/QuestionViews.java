package dk.kernebot.questions;

import java.util.List;

import dk.kernebot.cards.CardTemplate;
import dk.kernebot.cards.CardView;

/** The typed data of the questions cards: the leader's question card, the lists, and the leaders card. */
final class QuestionViews {

    private QuestionViews() {
    }

    /** One line of the facts under a question ("Spurgt af", "Kom fra" …). */
    record Fact(String title, String value) {
    }

    /** Another leader the question can be sent on to. */
    record OtherLeader(String id, String name) {
    }

    @CardTemplate("question-leader")
    record LeaderCard(String questionId, String heading, String question, List<Fact> facts, boolean hasError,
                      String error, String statusLine, String statusColor, boolean hasOutcome, String outcome,
                      boolean isWaiting, boolean canInvestigate, boolean canForward, String answerLabel,
                      String answerInputLabel, String answerPlaceholder, String sendAnswerLabel,
                      String investigateLabel, String forwardLabel, String forwardInputLabel, String sendForwardLabel,
                      List<OtherLeader> otherLeaders, String rejectLabel, String reasonInputLabel,
                      String reasonPlaceholder, String sendRejectLabel) implements CardView {

        /** The reminder: the same card under another heading. */
        LeaderCard withHeading(String newHeading) {
            return new LeaderCard(questionId, newHeading, question, facts, hasError, error, statusLine, statusColor,
                    hasOutcome, outcome, isWaiting, canInvestigate, canForward, answerLabel, answerInputLabel,
                    answerPlaceholder, sendAnswerLabel, investigateLabel, forwardLabel, forwardInputLabel,
                    sendForwardLabel, otherLeaders, rejectLabel, reasonInputLabel, reasonPlaceholder, sendRejectLabel);
        }

        /** Sent on to another leader: nothing left to do here, and the status says to whom. */
        LeaderCard forwarded(String status) {
            return new LeaderCard(questionId, heading, question, facts, hasError, error, status, "Good",
                    hasOutcome, outcome, false, false, false, answerLabel, answerInputLabel,
                    answerPlaceholder, sendAnswerLabel, investigateLabel, forwardLabel, forwardInputLabel,
                    sendForwardLabel, otherLeaders, rejectLabel, reasonInputLabel, reasonPlaceholder, sendRejectLabel);
        }
    }

    /** One question on a list. */
    record Item(String id, String text, String meta, String status, String statusColor, boolean hasOutcome,
                String outcome, boolean failed, String failedNote, boolean canOpen) {
    }

    /**
     * The chat's questions ("spørgsmål") or what waits for a leader ("mine spørgsmål"), with a line saying which
     * of how many are shown and "Vis flere" while more wait.
     */
    @CardTemplate("questions")
    record ListCard(String title, String intro, String openLabel, String actionLabel, String actionCommand,
                    List<Item> questions, boolean hasPageNote, String pageNote, boolean hasMore, String moreLabel,
                    int moreOffset) implements CardView {
    }

    /** A leader's name on the leaders card. */
    record LeaderName(String name) {
    }

    @CardTemplate("leaders")
    record LeadersCard(String title, List<LeaderName> leaders, String note, String actionLabel) implements CardView {
    }
}

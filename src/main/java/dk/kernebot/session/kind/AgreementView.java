package dk.kernebot.session.kind;

import java.util.List;

import dk.kernebot.cards.CardTemplate;
import dk.kernebot.cards.CardView;

/** The agreement step's part of its card, bound to {@code cards/session-agreement.json}. */
@CardTemplate("session-agreement")
record AgreementView(StepRef step, String decidersText, boolean hasMissing, String missingText, boolean noProposals,
                     String noProposalsText, List<Proposal> proposals, boolean hasPaging, String pageText,
                     boolean hasMore, String moreLabel, int nextPage, boolean hasPrevious, String previousLabel,
                     int previousPage, boolean canTakeRole, String takeRoleLabel, String roleInputLabel,
                     String roleError, List<Choice> roleChoices, String takeRoleSubmit) implements CardView {

    AgreementView {
        proposals = List.copyOf(proposals);
        roleChoices = List.copyOf(roleChoices);
    }

    /** One goal proposal with its answers, and (on the current step) its buttons. */
    record Proposal(String proposalId, String seen, String heading, String byline, String statusText,
                    String statusColor, boolean hasAnswers, List<Answer> answers, boolean hasComments,
                    List<Comment> comments, String agreeLabel, String rewordLabel, String rewordInputId,
                    String rewordInputLabel, String rewordValue, String rewordSubmit, String notNowLabel,
                    String commentLabel, String commentInputId, String commentInputLabel, String commentSubmit) {

        Proposal {
            answers = List.copyOf(answers);
            comments = List.copyOf(comments);
        }
    }

    /** Someone's comment on a proposal, with who wrote it. */
    record Comment(String text) {
    }

    /**
     * A deciding role's answer; new words someone else gave can be joined with one button ("Aftalt med denne
     * ordlyd"), so two rewordings given at once both stay visible until one is agreed.
     */
    record Answer(String text, boolean canJoin, String joinLabel, String joinText, String proposalId, String seen) {
    }
}

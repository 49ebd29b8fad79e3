package dk.kernebot.questions;

import java.util.List;

import dk.kernebot.chat.ChatCommand;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import org.springframework.stereotype.Component;

/** "mine spørgsmål": for a leader, what waits for them, oldest first, a page at a time ("Vis flere"). */
@Component
class MyQuestionsCommand implements ChatCommand {

    static final String MORE = "question.mine.more";

    private final WaitingQuestions waiting;
    private final QuestionCards cards;

    MyQuestionsCommand(WaitingQuestions waiting, QuestionCards cards) {
        this.waiting = waiting;
        this.cards = cards;
    }

    @Override
    public List<String> keywords() {
        return List.of("mine spørgsmål", "mine spoergsmaal", "my questions");
    }

    @Override
    public String helpKey() {
        return "command.mineSpoergsmaal";
    }

    @Override
    public int helpOrder() {
        return 60;
    }

    @Override
    public Reply handle(ChatContext context, String arguments) {
        return Reply.card(cards.mine(context, waiting.page(context.user(), 0)));
    }

    /** "Vis flere": the same card, in place, with the next questions (as they stand now). */
    Reply more(ChatContext context, String offset) {
        return Reply.replaceCard(cards.mine(context, waiting.page(context.user(), parse(offset))));
    }

    /** The offset the button carried; anything else starts from the top. */
    private static int parse(String offset) {
        if (offset == null || offset.length() > 9) {
            return 0;
        }
        try {
            return Math.max(0, (int) Double.parseDouble(offset));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

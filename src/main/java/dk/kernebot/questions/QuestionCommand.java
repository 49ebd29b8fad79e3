package dk.kernebot.questions;

import java.util.List;

import dk.kernebot.chat.ChatCommand;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import org.springframework.stereotype.Component;

/** "spørgsmål &lt;tekst&gt;" raises a question; "spørgsmål" alone lists this conversation's questions. */
@Component
class QuestionCommand implements ChatCommand {

    private final QuestionService questions;
    private final java.util.List<QuestionInterceptor> interceptors;

    QuestionCommand(QuestionService questions, java.util.List<QuestionInterceptor> interceptors) {
        this.questions = questions;
        this.interceptors = java.util.List.copyOf(interceptors);
    }

    @Override
    public List<String> keywords() {
        return List.of("spørgsmål", "spoergsmaal", "questions", "question");
    }

    @Override
    public String helpKey() {
        return "command.spoergsmaal";
    }

    @Override
    public int helpOrder() {
        return 50;
    }

    @Override
    public Reply handle(ChatContext context, String arguments) {
        if (arguments.isBlank()) {
            return questions.list(context);
        }
        return interceptors.stream().map(i -> i.intercept(context, arguments)).flatMap(java.util.Optional::stream)
                .findFirst().orElseGet(() -> questions.raiseTyped(context, arguments));
    }
}

package dk.kernebot.session;

import java.util.List;

import dk.kernebot.chat.ChatCommand;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import org.springframework.stereotype.Component;

/**
 * "start læreplansevaluering" on the help card: the evaluation of the pædagogiske læreplan. Typing it (and
 * "start laereplansevaluering", "start curriculum evaluation") is taken by "start", which reads the process file.
 */
@Component
class StartEvaluationCommand implements ChatCommand {

    private final SessionService sessions;

    StartEvaluationCommand(SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    public List<String> keywords() {
        return List.of("start læreplansevaluering");
    }

    @Override
    public String englishHelpKeyword() {
        return "start curriculum evaluation";
    }

    @Override
    public String helpKey() {
        return "command.startLaereplan";
    }

    @Override
    public int helpOrder() {
        return 38;
    }

    @Override
    public Reply handle(ChatContext context, String arguments) {
        return sessions.start(context, "laereplan-evaluering");
    }
}

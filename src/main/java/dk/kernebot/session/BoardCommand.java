package dk.kernebot.session;

import java.util.List;

import dk.kernebot.chat.ChatCommand;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import org.springframework.stereotype.Component;

/** "pladen" (or "plade", "tavle", "tavlen", "board"): the board of the chat's latest session, to download. */
@Component
class BoardCommand implements ChatCommand {
    private final SessionBoards boards;

    BoardCommand(SessionBoards boards) {
        this.boards = boards;
    }

    @Override
    public List<String> keywords() {
        // "pladen" is the glossary's word; the others are what people also type for it.
        return List.of("pladen", "plade", "tavle", "tavlen", "board");
    }

    @Override
    public String helpKey() {
        return "command.tavle";
    }

    @Override
    public int helpOrder() {
        return 35;
    }

    @Override
    public Reply handle(ChatContext context, String arguments) {
        return boards.card(context, Trigger.TYPED);
    }
}

package dk.kernebot.session;

import java.util.List;
import java.util.Optional;

import dk.kernebot.chat.ChatCommand;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import dk.kernebot.chat.UserRef;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "referent @navn": the ordstyrer names the one who writes down what the people in the room say (issue 18). The
 * ordstyrer can always do it themselves; the referent can as well, and naming another replaces the first.
 */
@Component
class ReferentCommand implements ChatCommand {

    private final SessionStore sessions;
    private final Referents referents;
    private final SessionTexts texts;

    ReferentCommand(SessionStore sessions, Referents referents, SessionTexts texts) {
        this.sessions = sessions;
        this.referents = referents;
        this.texts = texts;
    }

    @Override
    public List<String> keywords() {
        return List.of("referent", "note taker", "notetaker");
    }

    @Override
    public String helpKey() {
        return "command.referent";
    }

    @Override
    public String englishHelpKeyword() {
        return "note taker";
    }

    @Override
    public int helpOrder() {
        return 34;
    }

    @Override
    @Transactional
    public Reply handle(ChatContext context, String arguments) {
        Optional<GuidedSession> open = sessions.anyOpen(context.conversationId());
        if (open.isEmpty()) {
            return Reply.text(texts.t(context.locale(), "session.noneOpen"));
        }
        if (context.mentioned().size() != 1) {
            return Reply.text(texts.t(context.locale(), "session.referent.how"));
        }
        GuidedSession session = open.get();
        if (!session.isFacilitator(context.user().id())) {
            return Reply.text(texts.t(context.locale(), "session.referent.facilitatorOnly",
                    texts.name(session.facilitatorName())));
        }
        UserRef referent = context.mentioned().get(0);
        referents.name(session.id(), referent);
        sessions.participated(session.id(), referent);
        return Reply.text(texts.t(context.locale(), "session.referent.done", texts.name(referent.name())));
    }
}

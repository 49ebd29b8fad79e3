package dk.kernebot.help;

import java.util.Optional;

import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import dk.kernebot.conversation.ConversationStore;
import org.springframework.stereotype.Component;

/** Greets a conversation the first time the bot is added to it, and never again. */
@Component
public class Welcome {

    private final ConversationStore conversations;
    private final HelpCards cards;

    public Welcome(ConversationStore conversations, HelpCards cards) {
        this.conversations = conversations;
        this.cards = cards;
    }

    public Optional<Reply> greetOnce(ChatContext context) {
        if (!conversations.claimWelcome(context.conversationId())) {
            return Optional.empty();
        }
        return Optional.of(Reply.card(cards.welcome(context)));
    }
}

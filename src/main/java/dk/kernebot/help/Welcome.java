package dk.kernebot.help;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.OutgoingMessage;
import dk.kernebot.chat.PostedCards;
import dk.kernebot.chat.Reply;
import dk.kernebot.chat.Texts;
import dk.kernebot.conversation.ConversationRecord;
import dk.kernebot.conversation.ConversationStore;
import org.springframework.stereotype.Component;

/**
 * Greets a conversation the first time the bot is added to it, and never again. Teams' conversationUpdate carries
 * no locale and often arrives before the installationUpdate that does: then the welcome goes out in the language
 * of any earlier activity, or in Danish on a guess, and the first later activity that names the language rewrites
 * it in place.
 */
@Component
public class Welcome {

    static final String TAG = "welcome";

    private final ConversationStore conversations;
    private final HelpCards cards;
    private final PostedCards posted;

    public Welcome(ConversationStore conversations, HelpCards cards, PostedCards posted) {
        this.conversations = conversations;
        this.cards = cards;
        this.posted = posted;
    }

    public Optional<Reply> greetOnce(ChatContext context) {
        if (!conversations.claimWelcome(context.conversationId())) {
            return Optional.empty();
        }
        Optional<Locale> known = conversations.find(context.conversationId())
                .map(ConversationRecord::locale)
                .filter(tag -> !tag.isBlank())
                .map(Texts::fromTag);
        ChatContext greeted = known.map(locale -> inLanguage(context, locale)).orElse(context);
        if (known.isEmpty()) {
            conversations.welcomeGuessedLanguage(context.conversationId(), language(greeted.locale()));
        }
        OutgoingMessage card = OutgoingMessage.card(cards.welcome(greeted)).tagged(TAG);
        return Optional.of(new Reply(List.of(card), Optional.empty(), Optional.empty()));
    }

    /**
     * @param context an activity whose locale came from Teams
     * @return the welcome rewritten in that language, when it went out in another one on a guess (once)
     */
    public Optional<Reply.CardUpdate> inTheLanguageTeamsNamed(ChatContext context) {
        if (posted.activityOf(context.conversationId(), TAG).isEmpty()) {
            // Not posted yet (or long gone): leave the guess for a later activity to settle.
            return Optional.empty();
        }
        return conversations.settleWelcomeLanguage(context.conversationId())
                .filter(guessed -> !guessed.equals(language(context.locale())))
                .map(guessed -> new Reply.CardUpdate(TAG, cards.welcome(context)));
    }

    private static String language(Locale locale) {
        return Texts.supported(locale).getLanguage();
    }

    private static ChatContext inLanguage(ChatContext c, Locale locale) {
        return new ChatContext(c.conversationId(), c.conversationType(), c.tenantId(), c.teamId(), c.threadId(),
                c.user(), c.mentioned(), Texts.supported(locale));
    }
}

package dk.kernebot.questions;

import java.util.Optional;

import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;

/**
 * Lets a feature take over a typed question first, e.g. a running guided session that offers a reflection card
 * before the question goes to the leader. Empty means: raise it as usual.
 */
public interface QuestionInterceptor {

    Optional<Reply> intercept(ChatContext context, String text);
}

package dk.kernebot.chat;

import java.util.Set;

/** Handles the buttons on the cards a feature owns, identified by the verb in the card's action data. */
public interface CardActionHandler {

    Set<String> verbs();

    Reply handle(ChatContext context, CardAction action);
}

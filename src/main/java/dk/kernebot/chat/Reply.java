package dk.kernebot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a feature answers: new messages to post, optionally a card that replaces the card the user clicked (so a
 * group sees one live card per draw instead of a wall of stale buttons), and optionally a short notice meant
 * only for the person who clicked (Teams shows it to them alone when the click came as Action.Execute).
 */
public record Reply(List<OutgoingMessage> messages, Optional<String> replacementCard, Optional<String> clickerNotice) {

    public Reply {
        messages = List.copyOf(messages);
    }

    public static Reply text(String markdown) {
        return new Reply(List.of(OutgoingMessage.text(markdown)), Optional.empty(), Optional.empty());
    }

    public static Reply card(String cardJson) {
        return new Reply(List.of(OutgoingMessage.card(cardJson)), Optional.empty(), Optional.empty());
    }

    public static Reply replaceCard(String cardJson) {
        return new Reply(List.of(), Optional.of(cardJson), Optional.empty());
    }

    public static Reply notice(String text) {
        return new Reply(List.of(), Optional.empty(), Optional.of(text));
    }

    public static Reply none() {
        return new Reply(List.of(), Optional.empty(), Optional.empty());
    }

    public Reply and(OutgoingMessage message) {
        List<OutgoingMessage> all = new ArrayList<>(messages);
        all.add(message);
        return new Reply(all, replacementCard, clickerNotice);
    }

    public Reply withReplacementCard(String cardJson) {
        return new Reply(messages, Optional.of(cardJson), clickerNotice);
    }
}

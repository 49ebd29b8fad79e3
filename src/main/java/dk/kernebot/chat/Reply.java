package dk.kernebot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a feature answers: new messages to post, optionally a card that replaces the card the user clicked (so a
 * group sees one live card per draw instead of a wall of stale buttons), optionally a short notice meant only for
 * the person who clicked (Teams shows it to them alone when the click came as Action.Execute), and new contents
 * for other cards of the conversation, named by the tag they were posted with.
 */
public record Reply(List<OutgoingMessage> messages, Optional<String> replacementCard, Optional<String> clickerNotice,
                    List<CardUpdate> updates, Optional<String> replacementTag) {

    /** New contents for the conversation's card posted under {@code tag}; nothing happens if there is none. */
    public record CardUpdate(String tag, String cardJson) {
    }

    public Reply {
        messages = List.copyOf(messages);
        updates = List.copyOf(updates);
    }

    public Reply(List<OutgoingMessage> messages, Optional<String> replacementCard, Optional<String> clickerNotice) {
        this(messages, replacementCard, clickerNotice, List.of(), Optional.empty());
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
        return new Reply(all, replacementCard, clickerNotice, updates, replacementTag);
    }

    public Reply withReplacementCard(String cardJson) {
        return new Reply(messages, Optional.of(cardJson), clickerNotice, updates, replacementTag);
    }

    /** Also brings the card posted under {@code tag} up to date (a click on one card changed what another shows). */
    public Reply alsoUpdate(String tag, String cardJson) {
        List<CardUpdate> all = new ArrayList<>(updates);
        all.add(new CardUpdate(tag, cardJson));
        return new Reply(messages, replacementCard, clickerNotice, all, replacementTag);
    }

    /** The clicked card, once replaced, is remembered under this tag (it became, say, a session's step card). */
    public Reply taggingReplacement(String tag) {
        return new Reply(messages, replacementCard, clickerNotice, updates, Optional.of(tag));
    }
}

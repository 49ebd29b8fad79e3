package dk.kernebot.chat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Sends a card click to the feature that owns its verb. Two features claiming one verb is a start-up error. */
@Component
public class CardActionRouter {

    private final Map<String, CardActionHandler> byVerb = new HashMap<>();

    public CardActionRouter(List<CardActionHandler> handlers) {
        for (CardActionHandler handler : handlers) {
            for (String verb : handler.verbs()) {
                CardActionHandler previous = byVerb.putIfAbsent(verb, handler);
                if (previous != null) {
                    throw new IllegalStateException("Card verb '" + verb + "' is claimed by both "
                            + previous.getClass().getSimpleName() + " and " + handler.getClass().getSimpleName());
                }
            }
        }
    }

    public Optional<CardActionHandler> route(String verb) {
        return Optional.ofNullable(verb).map(byVerb::get);
    }
}

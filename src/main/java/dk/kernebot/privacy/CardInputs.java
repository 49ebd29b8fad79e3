package dk.kernebot.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells what in a card click the user wrote. A click carries the card's own data (ids, tokens, verbs: the bot put
 * them there) merged with the values of the card's inputs. The bot's data must not be checked for CPR numbers (a
 * random id can contain ten digits that form a date), while everything a person typed must be. So this reads every
 * card template once: the keys the templates put in action data, and the ids of inputs that are not free text
 * (choices, dates), are the bot's; every other key counts as written by the user, including input ids the
 * templates build at run time and any key a client adds.
 */
@Component
class CardInputs {

    private final Set<String> botKeys;

    CardInputs() {
        Set<String> data = new HashSet<>();
        Set<String> textInputs = new HashSet<>();
        JsonMapper json = JsonMapper.builder().build();
        try {
            for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath*:cards/*.json")) {
                String name = template.getFilename();
                if (name == null || name.endsWith(".data.json")) {
                    continue;
                }
                try (InputStream in = template.getInputStream()) {
                    collect(json.readTree(in), data, textInputs);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the card templates", e);
        }
        data.removeAll(textInputs);
        this.botKeys = Set.copyOf(data);
    }

    /** The values of a click that a person wrote (or may have). */
    Iterable<Object> written(Map<String, Object> clickData) {
        return clickData.entrySet().stream()
                .filter(e -> !botKeys.contains(e.getKey()))
                .map(Map.Entry::getValue)
                .toList();
    }

    private static void collect(JsonNode node, Set<String> data, Set<String> textInputs) {
        if (node.isObject()) {
            String type = node.path("type").isString() ? node.path("type").asString() : "";
            String id = node.path("id").isString() ? node.path("id").asString() : null;
            if (type.startsWith("Input.") && id != null) {
                (type.equals("Input.Text") ? textInputs : data).add(id);
            }
            if (type.startsWith("Action.") && node.path("data").isObject()) {
                data.addAll(node.path("data").propertyNames());
            }
        }
        for (JsonNode child : node) {
            collect(child, data, textInputs);
        }
    }
}

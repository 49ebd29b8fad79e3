package dk.kernebot.teams;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.RawValue;

/**
 * A rendered card as the content of an attachment or an invoke response. The card is already JSON text, so the SDK
 * gets it as a raw value that it writes into the request as it is. A Jackson 2 tree instead costs a parse here and,
 * in the SDK's connector client (its FlatteningSerializer), a copy of the tree into another tree, a deep copy of
 * that, a reflective walk over every node, and two regular expressions compiled and run per property name: about
 * 300 KB of garbage per card, several times what rendering it costs (BENCHMARKS.md).
 * <p>
 * Raw text goes into the request unchecked, so it is checked here, without building anything: exactly one JSON
 * object. A card stored in the outbox and damaged there must fail this send, not smuggle properties into it.
 */
final class CardContent {

    private static final JsonFactory JSON = new JsonFactory();

    private CardContent() {
    }

    static Object of(String cardJson) {
        return new RawValue(checked(cardJson));
    }

    private static String checked(String cardJson) {
        try (JsonParser parser = JSON.createParser(cardJson)) {
            if (parser.nextToken() == JsonToken.START_OBJECT) {
                parser.skipChildren();
                if (parser.nextToken() == null) {
                    return cardJson;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("A card template produced invalid JSON", e);
        }
        throw new IllegalStateException("A card must be one JSON object");
    }
}

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
        return new RawValue(withLoneSurrogatesEscaped(checked(cardJson)));
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

    /**
     * Text shortened in the middle of an emoji leaves half a surrogate pair, which UTF-8 cannot encode, so the
     * SDK's generator refuses it in raw text (inside a tree's strings it wrote a JSON escape). Escaped here the same
     * way, backslash-u and four hex digits: half a pair can only stand inside a JSON string, so the card means
     * what it meant.
     */
    private static String withLoneSurrogatesEscaped(String json) {
        StringBuilder out = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < json.length() && Character.isLowSurrogate(json.charAt(i + 1))) {
                if (out != null) {
                    out.append(c).append(json.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(json.length() + 16).append(json, 0, i);
                }
                out.append(String.format("\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? json : out.toString();
    }
}

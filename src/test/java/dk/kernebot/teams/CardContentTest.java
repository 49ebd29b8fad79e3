package dk.kernebot.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.restclient.serializer.JacksonAdapter;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import dk.kernebot.cards.CardRenderer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * A card handed to the SDK as raw text must reach the Bot Connector exactly as the Jackson 2 tree it replaced
 * did: every production template, rendered with its sample data, in a posted activity (serialised by the SDK's
 * connector client, FlatteningSerializer and all) and in an invoke response (serialised as the controller does).
 */
class CardContentTest {

    private static final ObjectMapper CONNECTOR = new JacksonAdapter().serializer();

    @TestFactory
    Stream<DynamicTest> everyCardReachesTheConnectorAsTheTreeDid() throws IOException {
        CardRenderer renderer = new CardRenderer();
        JsonMapper json = JsonMapper.builder().build();
        Map<String, String> cards = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Path.of("cards"))) {
            for (Path data : files.filter(f -> f.toString().endsWith(".data.json")).sorted().toList()) {
                String name = data.getFileName().toString().replace(".data.json", "");
                cards.put(name, renderer.render(name, json.readValue(data.toFile(), Map.class)));
            }
        }
        assertThat(cards).containsKeys("reflection-card", "session-card", "handleplan");
        return cards.entrySet().stream().map(card -> DynamicTest.dynamicTest(card.getKey(), () -> {
            Activity activity = ReplySender.cardActivity(card.getValue());
            String posted = post(activity);
            activity.getAttachments().get(0).setContent(Serialization.jsonToTree(card.getValue()));
            String postedBefore = post(activity);

            assertThat(CONNECTOR.readTree(posted)).isEqualTo(CONNECTOR.readTree(postedBefore));
            assertThat(posted).contains("\"content\":" + card.getValue());

            Map<String, Object> invoke = Map.of("statusCode", 200, "value", CardContent.of(card.getValue()));
            Map<String, Object> invokeBefore = Map.of("statusCode", 200, "value",
                    Serialization.jsonToTree(card.getValue()));
            assertThat(CONNECTOR.readTree(Serialization.toString(invoke)))
                    .isEqualTo(CONNECTOR.readTree(Serialization.toString(invokeBefore)));
        }));
    }

    @Test
    void halfAnEmojiFromShortenedTextIsSentAsTheTreeSentIt() throws IOException {
        for (String text : List.of("😀".repeat(28) + "\uD83D…", "\uDE00 alene", "slut \uD83D", "\uDE00\uD83D", "hel 😀 emoji")) {
            String card = JsonMapper.builder().build().writeValueAsString(Map.of("type", "AdaptiveCard", "text", text));
            Activity activity = ReplySender.cardActivity(card);
            String posted = post(activity);
            activity.getAttachments().get(0).setContent(Serialization.jsonToTree(card));

            assertThat(CONNECTOR.readTree(posted)).as(text).isEqualTo(CONNECTOR.readTree(post(activity)));
            assertThat(CONNECTOR.readTree(posted).at("/attachments/0/content/text").asText()).isEqualTo(text);
        }
    }

    @Test
    void onlyOneWellFormedJsonObjectIsAccepted() throws IOException {
        JsonNode ok = CONNECTOR.readTree(post(ReplySender.cardActivity("{\"type\":\"AdaptiveCard\"}")));
        assertThat(ok.at("/attachments/0/content/type").asText()).isEqualTo("AdaptiveCard");

        for (String bad : List.of("", "   ", "[1]", "\"text\"", "{\"a\":1", "{\"a\":1}}", "{\"a\":1},\"text\":\"x\"",
                "{\"a\":1} {\"b\":2}", "{\"a\":}")) {
            assertThatThrownBy(() -> CardContent.of(bad)).as(bad).isInstanceOf(IllegalStateException.class);
        }
    }

    /** The request body as the SDK's connector client writes it: UTF-8 bytes, not a Java string. */
    private static String post(Activity activity) throws IOException {
        return new String(CONNECTOR.writeValueAsBytes(activity), StandardCharsets.UTF_8);
    }
}

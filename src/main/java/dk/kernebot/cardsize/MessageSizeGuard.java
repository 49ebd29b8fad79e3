package dk.kernebot.cardsize;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.OutgoingMessage;
import dk.kernebot.chat.Reply;
import dk.kernebot.chat.Texts;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The last check before anything goes to Teams, for replies and for proactive sends alike: a message whose card or
 * text is larger than {@code kernebot.bot.max-message-size} (default 40 KB, well under the about 100 KB at which
 * Teams answers 413 MessageSizeTooBig) is sent shortened, with a button or link to the whole of it, and the fact is
 * logged. The cards are meant to be bounded by what they show; this is the net under them, so a group that writes a
 * lot never gets an error instead of its card.
 * <p>
 * The limit counts the UTF-8 bytes of the card JSON (or text) of each message; the rest of the activity (the
 * addresses, the attachment's frame) is bounded by the input limits to a few KB, which the margin to Teams' limit covers.
 */
@Component
public class MessageSizeGuard {

    private static final Logger log = LoggerFactory.getLogger(MessageSizeGuard.class);
    /** Room kept for the notice, the button and JSON's separators when the budget for the card's own content is set. */
    private static final int RESERVE = 1024;

    private final int maxBytes;
    private final String publicUrl;
    private final CardCopies copies;
    private final Texts texts;
    private final MeterRegistry metrics;
    private final JsonMapper json = JsonMapper.builder().build();
    private final CardShortener shortener = new CardShortener(json);

    MessageSizeGuard(@Value("${kernebot.bot.max-message-size:40KB}") DataSize maxSize,
                     @Value("${kernebot.session.public-url:http://localhost:3978}") String publicUrl,
                     CardCopies copies, Texts texts, MeterRegistry metrics) {
        if (maxSize.toBytes() < 2 * RESERVE || maxSize.toBytes() > 100_000) {
            throw new IllegalArgumentException("KERNEBOT_MAX_MESSAGE_SIZE (kernebot.bot.max-message-size) must be between "
                    + "2KB and 100000B (Teams refuses larger messages), not " + maxSize);
        }
        this.maxBytes = (int) maxSize.toBytes();
        String url = publicUrl == null || publicUrl.isBlank() ? "http://localhost:3978" : publicUrl.strip();
        this.publicUrl = url.replaceAll("/+$", "");
        this.copies = copies;
        this.texts = texts;
        this.metrics = metrics;
    }

    /** The reply with every card and text that is too large shortened; the same reply when all fit. */
    public Reply fit(ChatContext context, Reply reply) {
        boolean fits = reply.messages().stream().allMatch(m -> fits(m.isCard() ? m.cardJson() : m.text()))
                && reply.replacementCard().map(this::fits).orElse(true)
                && reply.updates().stream().allMatch(u -> fits(u.cardJson()));
        if (fits) {
            return reply;
        }
        String conversationId = context.conversationId();
        Locale locale = context.locale();
        List<OutgoingMessage> messages = reply.messages().stream()
                .map(m -> m.isCard()
                        ? new OutgoingMessage(null, card(conversationId, locale, m.cardJson()), m.tag())
                        : new OutgoingMessage(text(conversationId, locale, m.text()), null, m.tag()))
                .toList();
        Optional<String> replacement = reply.replacementCard().map(card -> card(conversationId, locale, card));
        List<Reply.CardUpdate> updates = reply.updates().stream()
                .map(u -> new Reply.CardUpdate(u.tag(), card(conversationId, locale, u.cardJson())))
                .toList();
        return new Reply(messages, replacement, reply.clickerNotice(), updates, reply.replacementTag());
    }

    /** The card as it can be sent into {@code conversationId}: itself, or shortened with a button to all of it. */
    public String card(String conversationId, Locale locale, String cardJson) {
        if (fits(cardJson)) {
            return cardJson;
        }
        Locale language = Texts.supported(locale);
        String url = publicUrl + "/indhold/" + copies.keep(conversationId, "card", cardJson, language);
        ObjectNode notice = json.createObjectNode().put("type", "TextBlock")
                .put("text", texts.get(language, "size.shortened.notice")).put("wrap", true)
                .put("color", "warning").put("separator", true).put("spacing", "medium");
        ObjectNode open = json.createObjectNode().put("type", "Action.OpenUrl")
                .put("title", texts.get(language, "size.shortened.open")).put("url", url);
        String shortened = shortener.shorten(cardJson, maxBytes - RESERVE, notice, open);
        if (!fits(shortened)) {
            // Only a card whose frame alone is too large gets here: then the notice and the button are all it says.
            shortened = shortener.shorten("{\"type\":\"AdaptiveCard\",\"version\":\"1.5\"}", maxBytes - RESERVE, notice, open);
        }
        logShortened("card", cardJson, shortened);
        return shortened;
    }

    /** The text as it can be sent: itself, or its beginning with a link to all of it. */
    public String text(String conversationId, Locale locale, String text) {
        if (text == null || fits(text)) {
            return text;
        }
        Locale language = Texts.supported(locale);
        String url = publicUrl + "/indhold/" + copies.keep(conversationId, "text", text, language);
        String tail = texts.get(language, "size.shortened.text", url);
        int room = (maxBytes - RESERVE - utf8Length(tail)) / 3;
        String start = text.substring(0, Math.min(text.length(), room));
        if (!start.isEmpty() && Character.isHighSurrogate(start.charAt(start.length() - 1))) {
            start = start.substring(0, start.length() - 1);
        }
        String shortened = start + "\n\n" + tail;
        logShortened("text", text, shortened);
        return shortened;
    }

    private void logShortened(String kind, String original, String shortened) {
        metrics.counter("kernebot.messages.shortened", "kind", kind).increment();
        log.warn("Sent a {} of {} bytes shortened to {} bytes (kernebot.bot.max-message-size {} bytes); the whole is behind a link",
                kind, utf8Length(original), utf8Length(shortened), maxBytes);
    }

    /** Whether this card JSON or text goes out as it is (null, nothing, fits too). */
    public boolean fits(String content) {
        return content == null || content.length() * 3L <= maxBytes || utf8Length(content) <= maxBytes;
    }

    /** UTF-8 length without encoding: the check runs on every message, most of which are far under the limit. */
    static int utf8Length(String s) {
        int bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}

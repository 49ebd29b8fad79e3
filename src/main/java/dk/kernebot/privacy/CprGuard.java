package dk.kernebot.privacy;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import dk.kernebot.chat.CardAction;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import dk.kernebot.chat.Texts;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Stops a text with what looks like a CPR number before any feature sees it, so nothing of it is saved anywhere
 * (answers, questions, session entries, the handleplan, the leader's answers, and whatever comes later). The writer
 * is told why, without their text being repeated, and can write it again without the number: a card keeps what
 * they typed, because the click is answered with a notice, not a new card.
 */
@Component
public class CprGuard {

    private static final Logger log = LoggerFactory.getLogger(CprGuard.class);

    private final CardInputs inputs;
    private final Texts texts;
    private final Counter refused;

    CprGuard(CardInputs inputs, Texts texts, MeterRegistry metrics) {
        this.inputs = inputs;
        this.texts = texts;
        this.refused = Counter.builder("kernebot.privacy.cpr.refused")
                .description("Texts not saved because they looked like they held a CPR number")
                .register(metrics);
    }

    /** A typed message: the refusal to send instead of handling it, or empty to go on. */
    public Optional<Reply> checkTyped(ChatContext context, String text) {
        return CprNumbers.containsCpr(text) ? Optional.of(Reply.text(refusal(context))) : Optional.empty();
    }

    /** A card click: the refusal, shown to the one who clicked, or empty to go on. */
    public Optional<Reply> checkClick(ChatContext context, CardAction action) {
        for (Object value : inputs.written(action.data())) {
            if (holdsCpr(value)) {
                return Optional.of(Reply.notice(refusal(context)));
            }
        }
        return Optional.empty();
    }

    private static boolean holdsCpr(Object value) {
        if (value instanceof String text) {
            return CprNumbers.containsCpr(text);
        }
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().anyMatch(CprGuard::holdsCpr);
        }
        if (value instanceof Collection<?> list) {
            return list.stream().anyMatch(CprGuard::holdsCpr);
        }
        return false;
    }

    private String refusal(ChatContext context) {
        refused.increment();
        // Neither the text nor who wrote it goes into the log: the point is that the number is kept nowhere.
        log.info("A text that looked like it held a CPR number was not saved");
        return texts.get(context.locale(), "privacy.cpr.refused");
    }
}

package dk.kernebot.session.kind;

import dk.kernebot.cards.CardTemplate;
import dk.kernebot.cards.CardView;
import java.util.List;

import dk.kernebot.institution.InstitutionProfile;
import dk.kernebot.session.GuidedSession;
import dk.kernebot.session.SessionTexts;
import org.springframework.stereotype.Component;

/** FRAME: puts the frame on the table, the formal kerneopgave, the værdisæt, the rules of the game. */
@Component
class FrameStep implements StepType {

    private final SessionTexts texts;

    FrameStep(SessionTexts texts) {
        this.texts = texts;
    }

    /** Bound to {@code cards/session-frame.json}. */
    @CardTemplate("session-frame")
    record View(boolean hasProfile, boolean noProfile, String noProfileText, String institutionName,
                String formalLabel, String formalText, String valuesLabel, List<Value> values, String rulesLabel,
                List<SummaryPart.Line> rules, boolean hasPrevious, String previousLabel, String previousText) implements CardView {
    }

    record Value(String name, String description) {
    }

    @Override
    public String kind() {
        return "FRAME";
    }

    @Override
    public StepBody body(StepContext context) {
        var locale = context.locale();
        InstitutionProfile profile = context.profile().orElse(null);
        List<Value> values = profile == null ? List.of() : profile.values().stream()
                .map(v -> new Value(texts.escape(v.name(locale)), texts.escape(v.description(locale)))).toList();
        List<SummaryPart.Line> rules = List.of("session.frame.rule1", "session.frame.rule2", "session.frame.rule3")
                .stream().map(key -> new SummaryPart.Line(texts.t(locale, key))).toList();
        GuidedSession previous = context.previous().filter(p -> p.agreedText() != null).orElse(null);
        return StepBody.of(new View(profile != null, profile == null,
                texts.t(locale, "session.frame.noProfile"), profile == null ? "" : texts.escape(profile.name()),
                texts.t(locale, "session.frame.formal"), profile == null ? "" : texts.escape(profile.kerneopgave(locale)),
                texts.t(locale, "session.frame.values"), values, texts.t(locale, "session.frame.rules"), rules,
                previous != null, previous == null ? "" : texts.t(locale, "session.frame.previous",
                        texts.date(locale, previous.finishedAt())),
                previous == null ? "" : texts.escape(previous.agreedText())));
    }
}

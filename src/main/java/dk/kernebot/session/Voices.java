package dk.kernebot.session;

import java.util.List;

import dk.kernebot.session.kind.StepContext;
import dk.kernebot.session.kind.StepTypes;
import org.springframework.stereotype.Component;

/** Who has and who has not contributed to a step that asks everyone (its type says who counts as having spoken). */
@Component
class Voices {

    private final StepTypes types;

    Voices(StepTypes types) {
        this.types = types;
    }

    boolean counted(StepContext context) {
        return types.of(context.step()).collectsVoices();
    }

    List<Participant> spoken(StepContext context) {
        List<String> contributors = types.of(context.step()).contributors(context);
        return context.participants().stream().filter(p -> contributors.contains(p.userId())).toList();
    }

    List<Participant> quiet(StepContext context) {
        if (!counted(context)) {
            return List.of();
        }
        List<String> contributors = types.of(context.step()).contributors(context);
        return context.participants().stream().filter(p -> !contributors.contains(p.userId())).toList();
    }
}

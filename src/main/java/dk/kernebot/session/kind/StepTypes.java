package dk.kernebot.session.kind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dk.kernebot.session.StepDefinition;
import org.springframework.stereotype.Component;

/** Every step type there is (each a bean), by the kind name the process files use. */
@Component
public class StepTypes {

    private final Map<String, StepType> byKind = new LinkedHashMap<>();

    StepTypes(List<StepType> types) {
        for (StepType type : types) {
            StepType before = byKind.put(type.kind(), type);
            if (before != null) {
                throw new IllegalStateException("Two step types for the kind " + type.kind() + ": "
                        + before.getClass().getName() + " and " + type.getClass().getName());
            }
        }
    }

    public Optional<StepType> find(String kind) {
        return Optional.ofNullable(byKind.get(kind));
    }

    /** The type of a step of a loaded process (the catalog checked at load that there is one). */
    public StepType of(StepDefinition step) {
        return find(step.kind()).orElseThrow(() -> new IllegalStateException("No step type " + step.kind()));
    }

    public List<String> kinds() {
        return List.copyOf(byKind.keySet());
    }

    /** Every card verb some kind takes, so the session's card handler claims a new kind's verbs without a list. */
    public Set<String> verbs() {
        Set<String> all = new TreeSet<>();
        byKind.values().forEach(type -> all.addAll(type.verbs()));
        return all;
    }
}

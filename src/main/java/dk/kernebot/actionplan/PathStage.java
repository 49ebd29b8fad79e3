package dk.kernebot.actionplan;

import java.util.Optional;

/**
 * The handleplan's way in Nordfyn, in order: "Handleplanen sendes til orientering i bestyrelsen før den fremsendes
 * administrationen" and "indgår i den kommunale kvalitetsrapport". Drafted is where every plan starts (its date is
 * the plan's own); a leader marks each later step.
 */
public enum PathStage {
    DRAFTED, BESTYRELSE, FORVALTNING, KVALITETSRAPPORT;

    public Optional<PathStage> next() {
        int i = ordinal() + 1;
        return i < values().length ? Optional.of(values()[i]) : Optional.empty();
    }

    Optional<PathStage> previous() {
        return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    static Optional<PathStage> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (PathStage stage : values()) {
            if (stage.name().equalsIgnoreCase(name.strip())) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }
}

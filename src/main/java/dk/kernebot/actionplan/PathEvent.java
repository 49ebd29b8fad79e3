package dk.kernebot.actionplan;

import java.time.LocalDate;

/** A step of the plan's way that a leader marked; {@code onDay} is when it happened, {@code at} when it was marked. */
record PathEvent(String id, String planId, String stage, String onDay, String byId, String byName, String note, long at) {

    PathStage pathStage() {
        return PathStage.valueOf(stage);
    }

    LocalDate day() {
        return LocalDate.parse(onDay);
    }
}

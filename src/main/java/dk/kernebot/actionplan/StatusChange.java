package dk.kernebot.actionplan;

import java.time.Instant;

/** STUB until branch planparts is merged. */
public record StatusChange(Instant at, String byName, String status, String comment) {
}

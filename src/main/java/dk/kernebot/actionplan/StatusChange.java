package dk.kernebot.actionplan;

import java.time.Instant;

/** @param comment may be null */
public record StatusChange(Instant at, String byName, String status, String comment) {
}

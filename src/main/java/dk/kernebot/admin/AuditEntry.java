package dk.kernebot.admin;

import java.time.Instant;

/** One administrative change: who made it, when, what kind of change ({@code deck.import}, ...) and about what. */
public record AuditEntry(String id, Instant at, String who, String what, String detail, String tenantId) {
}

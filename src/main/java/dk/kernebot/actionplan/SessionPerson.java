package dk.kernebot.actionplan;

/**
 * Someone who took part in the conversation a plan came from.
 *
 * @param role     the role they took part in, in words; may be null
 * @param external in the room without a Teams account (recorded by the facilitator, never messaged)
 */
public record SessionPerson(String name, String role, boolean external) {
}

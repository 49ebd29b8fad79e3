package dk.kernebot.chat;

import java.time.Instant;

/**
 * A Teams meeting started or ended in a meeting chat, without any SDK type.
 *
 * @param meetingId the meeting's id as Teams sends it (the same for every occurrence of a recurring meeting)
 * @param at        when Teams says it started or ended; with the id it tells one occurrence from another
 */
public record MeetingEvent(Kind kind, String meetingId, String title, Instant at) {

    public enum Kind { START, END }
}

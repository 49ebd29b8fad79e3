package dk.kernebot.teams;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import dk.kernebot.chat.MeetingEvent;

/**
 * Reads Teams' meeting start and end events: an event activity named application/vnd.microsoft.meetingStart or
 * …meetingEnd whose value carries Id, Title and StartTime or EndTime, and whose channelData carries the meeting.
 */
final class MeetingEvents {

    static final String START = "application/vnd.microsoft.meetingStart";
    static final String END = "application/vnd.microsoft.meetingEnd";

    private MeetingEvents() {
    }

    static Optional<MeetingEvent> from(Activity activity) {
        if (!ActivityTypes.EVENT.equals(activity.getType())
                || !(START.equals(activity.getName()) || END.equals(activity.getName()))) {
            return Optional.empty();
        }
        MeetingEvent.Kind kind = START.equals(activity.getName()) ? MeetingEvent.Kind.START : MeetingEvent.Kind.END;
        JsonNode value = tree(activity.getValue());
        String id = string(value.path("Id"));
        if (id == null) {
            id = string(tree(activity.getChannelData()).path("meeting").path("id"));
        }
        if (id == null || id.length() > ActivityLimits.MAX_ID) {
            return Optional.empty();
        }
        Instant at = instant(string(value.path(kind == MeetingEvent.Kind.START ? "StartTime" : "EndTime")));
        if (at == null) {
            at = activity.getTimestamp() == null ? null : activity.getTimestamp().toInstant();
        }
        String title = string(value.path("Title"));
        if (title != null && title.length() > ActivityLimits.MAX_NAME) {
            title = title.substring(0, ActivityLimits.MAX_NAME);
        }
        return Optional.of(new MeetingEvent(kind, id, title, at));
    }

    private static JsonNode tree(Object value) {
        JsonNode node = CardActions.tree(value);
        return node == null ? MissingNode.getInstance() : node;
    }

    private static String string(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }
}

package dk.kernebot.logs;

/**
 * The names of the fields every log line of a turn (or of one outbox send) carries, through the MDC: with
 * {@code KERNEBOT_LOG_FORMAT=ecs} (or {@code logstash}) they are fields of each JSON line, so an operator can find
 * every line of one activity or one conversation. Ids only; never what anyone wrote.
 */
public final class LogFields {

    public static final String CONVERSATION_ID = "conversationId";
    public static final String ACTIVITY_ID = "activityId";
    public static final String OUTBOX_ID = "outboxId";

    private LogFields() {
    }
}

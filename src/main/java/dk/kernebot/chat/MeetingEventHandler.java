package dk.kernebot.chat;

/** What the bot does when a meeting in one of its chats starts or ends; implemented by a feature. */
public interface MeetingEventHandler {

    Reply handle(ChatContext context, MeetingEvent event);
}

package dk.kernebot.meeting;

import java.util.List;
import java.util.Locale;

import dk.kernebot.chat.ChatCommand;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import dk.kernebot.chat.Texts;
import org.springframework.stereotype.Component;

/** "møde fra" / "møde til": whether the bot posts its short card when a meeting in this chat starts. */
@Component
class MeetingCommand implements ChatCommand {

    private final MeetingLog meetings;
    private final Texts texts;

    MeetingCommand(MeetingLog meetings, Texts texts) {
        this.meetings = meetings;
        this.texts = texts;
    }

    @Override
    public List<String> keywords() {
        return List.of("møde", "moede", "meeting");
    }

    @Override
    public String helpKey() {
        return "command.moede";
    }

    @Override
    public String helpKeyword() {
        return "møde fra / møde til";
    }

    @Override
    public String englishHelpKeyword() {
        return "meeting off / meeting on";
    }

    @Override
    public int helpOrder() {
        return 70;
    }

    @Override
    public Reply handle(ChatContext context, String arguments) {
        String word = arguments.strip().toLowerCase(Locale.ROOT);
        if (!context.isGroup()) {
            return Reply.text(texts.get(context.locale(), "meeting.onlyInGroups"));
        }
        if (List.of("fra", "off").contains(word)) {
            meetings.setStartNotices(context.conversationId(), false, context.user().name());
            return Reply.text(texts.get(context.locale(), "meeting.off"));
        }
        if (List.of("til", "on").contains(word)) {
            meetings.setStartNotices(context.conversationId(), true, context.user().name());
            return Reply.text(texts.get(context.locale(), "meeting.on"));
        }
        return Reply.text(texts.get(context.locale(),
                meetings.startNotices(context.conversationId()) ? "meeting.status.on" : "meeting.status.off"));
    }
}

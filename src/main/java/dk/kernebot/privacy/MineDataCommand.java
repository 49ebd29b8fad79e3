package dk.kernebot.privacy;

import java.util.List;

import dk.kernebot.chat.ChatCommand;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import dk.kernebot.chat.Texts;
import org.springframework.stereotype.Component;

/**
 * "mine data" / "my data", in the 1:1 chat only: a short-lived download link to everything Kernebot has stored
 * about the writer, the same document an administrator gets from {@code GET /admin/people/{id}}. In a group the
 * answer would be seen by everybody, so there it only says where to ask.
 */
@Component
class MineDataCommand implements ChatCommand {

    private final DataExports exports;
    private final Texts texts;
    private final PrivacySettings settings;

    MineDataCommand(DataExports exports, Texts texts, PrivacySettings settings) {
        this.exports = exports;
        this.texts = texts;
        this.settings = settings;
    }

    @Override
    public List<String> keywords() {
        return List.of("mine data", "min data", "my data");
    }

    @Override
    public String helpKey() {
        return "command.mineData";
    }

    @Override
    public int helpOrder() {
        return 910;
    }

    @Override
    public Reply handle(ChatContext context, String arguments) {
        if (context.isGroup() || context.user().id().isEmpty()) {
            return Reply.text(texts.get(context.locale(), "privacy.mine.personalOnly"));
        }
        String link = exports.create(context.user().id(), context.user().aadObjectId());
        return Reply.text(texts.get(context.locale(), "privacy.mine.ready", link,
                Spans.of(texts, context.locale(), settings.exportValidity())));
    }
}

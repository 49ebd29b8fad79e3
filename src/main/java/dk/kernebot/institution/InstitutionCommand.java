package dk.kernebot.institution;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.kernebot.cards.CardText;
import dk.kernebot.chat.ChatCommand;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.ConversationType;
import dk.kernebot.chat.Reply;
import org.springframework.stereotype.Component;

/**
 * "institution" shows the institution this conversation belongs to: its formal kerneopgave and værdisæt.
 * "institution &lt;id&gt;" lets an administrator link the conversation to an institution. Typed in a channel, it
 * links the whole team: a Teams team is one staff group, and a channel created next month should not need
 * linking again. A single channel that belongs elsewhere is put there with the institution file.
 */
@Component
class InstitutionCommand implements ChatCommand {

    private final Institutions institutions;
    private final InstitutionStore store;
    private final Admins admins;
    private final InstitutionCards cards;

    InstitutionCommand(Institutions institutions, InstitutionStore store, Admins admins, InstitutionCards cards) {
        this.institutions = institutions;
        this.store = store;
        this.admins = admins;
        this.cards = cards;
    }

    @Override
    public List<String> keywords() {
        return List.of("institution", "værdisæt", "vaerdisaet");
    }

    @Override
    public String helpKey() {
        return "command.institution";
    }

    @Override
    public String helpKeyword() {
        return "institution";
    }

    @Override
    public int helpOrder() {
        return 80;
    }

    @Override
    public Reply handle(ChatContext context, String arguments) {
        if (arguments.isBlank()) {
            return show(context);
        }
        return link(context, arguments.strip().split("\\s+")[0].toLowerCase(Locale.ROOT));
    }

    private Reply show(ChatContext context) {
        Optional<InstitutionProfile> profile = institutions.forConversation(context.conversationId(), context.teamId());
        if (profile.isPresent()) {
            return Reply.card(cards.profile(context, profile.get(), null));
        }
        boolean admin = admins.isAdmin(context.user());
        return Reply.card(cards.none(context, admin, admin ? institutions.ids() : List.of()));
    }

    private Reply link(ChatContext context, String id) {
        Locale locale = context.locale();
        // Checked before the id, so only administrators learn which institutions exist (the bot may serve several).
        if (!admins.isAdmin(context.user())) {
            return Reply.text(cards.text(locale, "institution.link.notAllowed"));
        }
        if (!context.isGroup()) {
            return Reply.text(cards.text(locale, "institution.link.onlyInGroups"));
        }
        Optional<InstitutionProfile> profile = institutions.byId(id);
        if (profile.isEmpty()) {
            String shown = id.length() > 64 ? id.substring(0, 64) + "…" : id;
            return Reply.text(cards.text(locale, "institution.link.unknown", CardText.escapeMarkdown(shown))
                    + " " + cards.known(locale, institutions.ids()));
        }
        boolean wholeTeam = context.conversationType() == ConversationType.CHANNEL && context.teamId() != null;
        List<Relink> relinks = wholeTeam
                ? store.linkFromChat(id, LinkKind.TEAM, context.teamId(), context.conversationId(), context.user().name())
                : store.linkFromChat(id, LinkKind.CONVERSATION, context.conversationId(), null, context.user().name());
        String name = CardText.escapeMarkdown(profile.get().name());
        String notice = cards.text(locale, wholeTeam ? "institution.linked.team" : "institution.linked.conversation", name);
        List<String> before = relinks.stream().map(Relink::from).distinct()
                .flatMap(other -> store.name(other).stream()).map(CardText::escapeMarkdown).toList();
        if (!before.isEmpty()) {
            notice = notice + " " + cards.text(locale, "institution.linked.before", String.join(", ", before));
        }
        return Reply.card(cards.profile(context, profile.get(), notice));
    }
}

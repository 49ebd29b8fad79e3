package dk.kernebot.institution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dk.kernebot.admin.AdminAudit;
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
 * "institution fjern" undoes a link.
 */
@Component
class InstitutionCommand implements ChatCommand {

    /** "institution fjern"; an institution cannot be called this, since the chat could never link to it. */
    private static final Set<String> UNLINK = Set.of("fjern", "remove");

    private final Institutions institutions;
    private final InstitutionStore store;
    private final Admins admins;
    private final InstitutionCards cards;

    private final AdminAudit audit;

    InstitutionCommand(Institutions institutions, InstitutionStore store, Admins admins, InstitutionCards cards,
                       AdminAudit audit) {
        this.audit = audit;
        this.institutions = institutions;
        this.store = store;
        this.admins = admins;
        this.cards = cards;
    }

    @Override
    public List<String> keywords() {
        return List.of("institution", "værdisæt", "vaerdisaet", "values");
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
    public String englishHelpKeyword() {
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
        String first = arguments.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
        if (UNLINK.contains(first)) {
            return unlink(context);
        }
        return link(context, first);
    }

    /**
     * "institution fjern": the conversation (in a channel: its team, as linking there linked the team) no longer
     * belongs to its institution. A link the institution's file made comes back when the file is put again, so
     * the admin is told to take it out of the file too.
     */
    private Reply unlink(ChatContext context) {
        Locale locale = context.locale();
        if (!admins.isAdmin(context)) {
            return Reply.text(cards.text(locale, "institution.unlink.notAllowed"));
        }
        if (!context.isGroup()) {
            return Reply.text(cards.text(locale, "institution.link.onlyInGroups"));
        }
        List<InstitutionStore.Unlinked> removed = new ArrayList<>();
        store.unlink(LinkKind.CONVERSATION, context.conversationId()).ifPresent(removed::add);
        boolean wholeTeam = context.conversationType() == ConversationType.CHANNEL && context.teamId() != null;
        if (wholeTeam) {
            store.unlink(LinkKind.TEAM, context.teamId()).ifPresent(removed::add);
        }
        if (removed.isEmpty()) {
            return Reply.text(cards.text(locale, "institution.unlink.none"));
        }
        audit.record(AdminAudit.who(context), "link.remove", (wholeTeam ? "team " + context.teamId() : "conversation "
                + context.conversationId()) + " from institution " + removed.get(0).institutionId(), context.tenantId());
        String names = String.join(", ", removed.stream().map(InstitutionStore.Unlinked::institutionId).distinct()
                .map(id -> store.name(id).orElse(id)).map(CardText::escapeMarkdown).toList());
        String text = cards.text(locale, wholeTeam ? "institution.unlinked.team" : "institution.unlinked.conversation", names);
        if (removed.stream().anyMatch(InstitutionStore.Unlinked::fromFile)) {
            text = text + " " + cards.text(locale, "institution.unlinked.fromFile");
        }
        return Reply.text(text);
    }

    private Reply show(ChatContext context) {
        Optional<InstitutionProfile> profile = institutions.forConversation(context.conversationId(), context.teamId());
        if (profile.isPresent()) {
            return Reply.card(cards.profile(context, profile.get(), null));
        }
        boolean admin = admins.isAdmin(context);
        return Reply.card(cards.none(context, admin, admin ? institutions.idsFor(context.tenantId()) : List.of()));
    }

    private Reply link(ChatContext context, String id) {
        Locale locale = context.locale();
        // Checked before the id, so only administrators learn which institutions exist (the bot may serve several).
        if (!admins.isAdmin(context)) {
            return Reply.text(cards.text(locale, "institution.link.notAllowed"));
        }
        if (!context.isGroup()) {
            return Reply.text(cards.text(locale, "institution.link.onlyInGroups"));
        }
        // Another tenant's institution is as unknown here as one that does not exist.
        Optional<InstitutionProfile> profile = institutions.byIdFor(id, context.tenantId());
        if (profile.isEmpty()) {
            String shown = CardText.shorten(id, 65);
            return Reply.text(cards.text(locale, "institution.link.unknown", CardText.escapeMarkdown(shown))
                    + " " + cards.known(locale, institutions.idsFor(context.tenantId())));
        }
        boolean wholeTeam = context.conversationType() == ConversationType.CHANNEL && context.teamId() != null;
        List<Relink> relinks = wholeTeam
                ? store.linkFromChat(id, LinkKind.TEAM, context.teamId(), context.conversationId(), context.user().name())
                : store.linkFromChat(id, LinkKind.CONVERSATION, context.conversationId(), null, context.user().name());
        audit.record(AdminAudit.who(context), "link.add", (wholeTeam ? "team " + context.teamId() : "conversation "
                + context.conversationId()) + " to institution " + id, context.tenantId());
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

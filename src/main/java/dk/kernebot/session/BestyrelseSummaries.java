package dk.kernebot.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.kernebot.actionplan.TextDocument;
import dk.kernebot.actionplan.TextDocument.Style;
import dk.kernebot.cards.CardRenderer;
import dk.kernebot.cards.CardTemplate;
import dk.kernebot.cards.CardView;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import dk.kernebot.chat.Texts;
import dk.kernebot.institution.InstitutionProfile;
import dk.kernebot.links.DownloadLinks;
import dk.kernebot.session.board.Board;
import dk.kernebot.session.board.BoardBubble;
import org.springframework.stereotype.Component;

/**
 * "Materialet kan anvendes sammen med institutionsbestyrelsen": a session's summary for the bestyrelse, as a page
 * and a PDF behind a link that expires. It holds the agreed kerneopgave, the bobler in their order and the board,
 * and nothing about who said what: no authors, no participants, no facilitator, none of the questions to the
 * leader (internal notes), and the staff's names taken out of what they wrote.
 */
@Component
class BestyrelseSummaries {

    /** The kind of {@link DownloadLinks} that open a summary for the bestyrelse; the target is the session id. */
    static final String LINK_KIND = "bestyrelse";

    /** Bound to {@code cards/session-bestyrelse.json}. */
    @CardTemplate("session-bestyrelse")
    record LinkCard(String heading, String text, String validText, String pageLabel, String pageUrl, String pdfLabel,
                    String pdfUrl) implements CardView {
    }

    /** What the bestyrelse sees, in one language: the blocks of text, and the board with names taken out. */
    record Summary(Locale locale, String title, List<TextDocument.Block> blocks, Board board) {
    }

    private final SessionStore sessions;
    private final ProcessCatalog catalog;
    private final StaleClicks stale;
    private final SessionBoards boards;
    private final StepContexts contexts;
    private final SessionSettings settings;
    private final DownloadLinks links;
    private final CardRenderer renderer;
    private final SessionTexts texts;

    BestyrelseSummaries(SessionStore sessions, ProcessCatalog catalog, StaleClicks stale, SessionBoards boards,
                        StepContexts contexts, SessionSettings settings, DownloadLinks links, CardRenderer renderer,
                        SessionTexts texts) {
        this.sessions = sessions;
        this.catalog = catalog;
        this.stale = stale;
        this.boards = boards;
        this.contexts = contexts;
        this.settings = settings;
        this.links = links;
        this.renderer = renderer;
        this.texts = texts;
    }

    /** "bestyrelse" or "Til bestyrelsen": a fresh link (the one before it ends) to the latest or the clicked session. */
    Reply card(ChatContext context, Trigger trigger) {
        Optional<GuidedSession> session = trigger instanceof Trigger.Clicked clicked
                ? stale.mine(context, clicked.sessionId()) : boards.latest(context.conversationId());
        Locale locale = context.locale();
        if (session.isEmpty()) {
            return Reply.text(texts.t(locale, "bestyrelse.none"));
        }
        String token = links.renew(LINK_KIND, session.get().id());
        String base = settings.publicUrl().replaceAll("/+$", "") + "/bestyrelse/" + token;
        String lang = "?lang=" + Texts.supported(locale).getLanguage();
        long until = texts.clock().instant().plus(links.validFor()).toEpochMilli();
        String title = catalog.find(session.get().processId()).orElseThrow().title().in(locale);
        String card = renderer.render(new LinkCard(texts.t(locale, "bestyrelse.card.heading", title),
                texts.t(locale, "bestyrelse.card.text"), texts.t(locale, "bestyrelse.valid", texts.date(locale, until)),
                texts.t(locale, "bestyrelse.card.page"), base + lang, texts.t(locale, "bestyrelse.card.pdf"),
                base + ".pdf" + lang));
        return Reply.card(card);
    }

    /** The summary behind a live link, in {@code locale}; empty when the link is unknown or has expired. */
    Optional<Summary> byToken(String token, Locale locale) {
        return links.target(LINK_KIND, token).flatMap(sessions::find).map(session -> summary(session, locale));
    }

    private Summary summary(GuidedSession session, Locale locale) {
        ProcessDefinition process = catalog.find(session.processId()).orElseThrow();
        NameScrubber scrubber = new NameScrubber(staff(session), texts.t(locale, "bestyrelse.someone"),
                texts.t(locale, "bestyrelse.someones"));
        Board drawn = boards.board(session, locale);
        Board board = new Board(drawn.title(), drawn.institutionName(), scrubber.scrub(drawn.kerneopgave()),
                drawn.date(), drawn.bubbles().stream().map(b -> new BoardBubble(scrubber.scrub(b.text()), b.level(),
                        b.rank(), b.inPractice())).toList());
        Optional<InstitutionProfile> profile = contexts.now(session, locale).profile();
        String title = texts.t(locale, "bestyrelse.title", process.title().in(locale));
        TextDocument document = new TextDocument().add(Style.TITLE, title)
                .add(Style.TEXT, profile.map(InstitutionProfile::name).orElse(null))
                .add(Style.TEXT, texts.t(locale, "bestyrelse.date", texts.date(locale, when(session))))
                .add(Style.NOTE, texts.t(locale, "bestyrelse.about"))
                .add(Style.HEADING, texts.t(locale, "session.summary.kerneopgave"))
                .add(Style.TEXT, board.kerneopgave() == null ? texts.t(locale, "bestyrelse.noKerneopgave")
                        : board.kerneopgave())
                .add(Style.HEADING, texts.t(locale, "session.summary.bubbles"));
        if (board.bubbles().isEmpty()) {
            document.add(Style.TEXT, texts.t(locale, "bestyrelse.noBubbles"));
        }
        for (BoardBubble bubble : board.bubbles()) {
            // The ring in lower case, as it reads inside a sentence: "Sprogkufferter (kommunal)".
            String ring = process.vocabularies().label(Vocabularies.RINGS, bubble.level().name(), locale)
                    .toLowerCase(locale);
            String line = bubble.rank() == null ? texts.t(locale, "bestyrelse.bubble", bubble.text(), ring)
                    : texts.t(locale, "bestyrelse.bubble.ranked", bubble.rank(), bubble.text(), ring);
            document.add(Style.BULLET, bubble.inPractice() ? line + " " + texts.t(locale, "session.summary.inPractice")
                    : line);
        }
        document.add(Style.HEADING, texts.t(locale, "bestyrelse.board"));
        return new Summary(locale, title, document.blocks(), board);
    }

    /** Everyone the session knows (the chat's roster and whoever took part), and the facilitator. */
    private List<String> staff(GuidedSession session) {
        List<String> names = new ArrayList<>();
        sessions.participants(session.id()).forEach(p -> names.add(p.name()));
        names.add(session.facilitatorName());
        names.add(session.startedByName());
        names.add(session.agreedByName());
        return names;
    }

    private long when(GuidedSession session) {
        return session.finishedAt() != null ? session.finishedAt() : session.updatedAt();
    }
}

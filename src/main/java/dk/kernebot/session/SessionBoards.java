package dk.kernebot.session;

import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import dk.kernebot.chat.Texts;
import dk.kernebot.institution.InstitutionProfile;
import dk.kernebot.links.DownloadLinks;
import dk.kernebot.session.board.Board;
import dk.kernebot.session.board.BoardLabels;
import dk.kernebot.session.kind.BubblesStep;
import org.springframework.stereotype.Component;

/** The board (pladen) of a session: its kerneopgave and its ranked bobler, and the card that links to it. */
@Component
class SessionBoards {

    /** The kind of {@link DownloadLinks} that open a board. */
    static final String LINK_KIND = "board";

    private final SessionStore sessions;
    private final ProcessCatalog catalog;
    private final StepContexts contexts;
    private final StaleClicks stale;
    private final BubblesStep bubbles;
    private final SessionCards cards;
    private final SessionSettings settings;
    private final DownloadLinks links;
    private final Texts texts;
    private final java.time.Clock clock;

    SessionBoards(SessionStore sessions, ProcessCatalog catalog, StepContexts contexts, StaleClicks stale,
                  BubblesStep bubbles, SessionCards cards, SessionSettings settings, DownloadLinks links, Texts texts,
                  java.time.Clock clock) {
        this.sessions = sessions;
        this.catalog = catalog;
        this.contexts = contexts;
        this.stale = stale;
        this.bubbles = bubbles;
        this.cards = cards;
        this.settings = settings;
        this.links = links;
        this.texts = texts;
        this.clock = clock;
    }

    /** "tavle" or "Vis pladen": the board of the session clicked, or of the latest one that has a board. */
    Reply card(ChatContext context, Trigger trigger) {
        Optional<GuidedSession> session = trigger instanceof Trigger.Clicked clicked
                ? stale.mine(context, clicked.sessionId())
                : latest(context.conversationId());
        if (session.isEmpty()) {
            return Reply.text(texts.get(context.locale(), "session.board.none"));
        }
        ProcessDefinition process = catalog.find(session.get().processId()).orElseThrow();
        // Asking for the board again gives a fresh link and ends the one shown before.
        return Reply.card(cards.board(context.locale(), process.title().in(context.locale()), settings.publicUrl(),
                links.renew(LINK_KIND, session.get().boardToken())));
    }

    /** The conversation's latest session that puts bobler on a board. */
    Optional<GuidedSession> latest(String conversationId) {
        return catalog.all().stream().filter(bubbles::drawsOn)
                .map(p -> sessions.latest(conversationId, p.id())).flatMap(Optional::stream)
                .max(Comparator.comparingLong(GuidedSession::startedAt));
    }

    /** The board behind an unguessable link; empty for an unknown token. */
    Optional<Board> byToken(String token, Locale locale) {
        return sessions.byBoardToken(token).map(session -> board(session, locale));
    }

    BoardLabels labels(Locale locale) {
        return BoardLabels.of(key -> texts.get(locale, key));
    }

    Board board(GuidedSession session, Locale locale) {
        ProcessDefinition process = catalog.find(session.processId()).orElseThrow();
        Optional<InstitutionProfile> profile = contexts.now(session, locale).profile();
        long when = session.finishedAt() != null ? session.finishedAt() : session.updatedAt();
        return new Board(process.title().in(locale), profile.map(InstitutionProfile::name).orElse(null),
                session.agreedText(), Instant.ofEpochMilli(when).atZone(clock.getZone()).toLocalDate(),
                bubbles.board(session, process));
    }
}

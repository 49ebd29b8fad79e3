package dk.kernebot.session;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.kernebot.chat.Texts;
import dk.kernebot.institution.InstitutionProfile;
import dk.kernebot.session.board.Board;
import dk.kernebot.session.board.BoardBubble;
import dk.kernebot.session.board.BoardLabels;
import dk.kernebot.session.board.BoardLevel;
import org.springframework.stereotype.Component;

/** Turns a session into the board (pladen) the renderer draws: its kerneopgave and its ranked bobler. */
@Component
class SessionBoards {

    /** The kind of {@link dk.kernebot.links.DownloadLinks} that open a board. */
    static final String LINK_KIND = "board";

    private final Sessions sessions;
    private final SessionService lifecycle;
    private final ProcessCatalog catalog;
    private final Texts texts;
    private final java.time.Clock clock;

    SessionBoards(Sessions sessions, SessionService lifecycle, ProcessCatalog catalog, Texts texts, java.time.Clock clock) {
        this.sessions = sessions;
        this.lifecycle = lifecycle;
        this.catalog = catalog;
        this.texts = texts;
        this.clock = clock;
    }

    /** The board behind an unguessable link; empty for an unknown token. */
    Optional<Board> byToken(String token, Locale locale) {
        return sessions.byBoardToken(token).map(session -> board(session, locale));
    }

    BoardLabels labels(Locale locale) {
        return BoardLabels.of(key -> texts.get(locale, key));
    }

    private Board board(GuidedSession session, Locale locale) {
        StepState state = lifecycle.state(session);
        ProcessDefinition process = catalog.find(session.processId()).orElseThrow();
        List<BoardBubble> bubbles = state.bubbles().stream().map(entry -> new BoardBubble(entry.text(),
                level(entry.level()), Ranking.rankOf(state.bubbles(), state.priorityVotes(), entry), entry.inPractice()))
                .toList();
        long when = session.finishedAt() != null ? session.finishedAt() : session.updatedAt();
        return new Board(process.title().in(locale), state.profile().map(InstitutionProfile::name).orElse(null),
                session.agreedText(), Instant.ofEpochMilli(when).atZone(clock.getZone()).toLocalDate(), bubbles);
    }

    private static BoardLevel level(String level) {
        try {
            return level == null ? BoardLevel.INSTITUTION : BoardLevel.valueOf(level);
        } catch (IllegalArgumentException e) {
            return BoardLevel.INSTITUTION;
        }
    }
}

package dk.kernebot.session;

import dk.kernebot.links.DownloadLinks;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import dk.kernebot.chat.Texts;
import dk.kernebot.session.board.Board;
import dk.kernebot.session.board.BoardRenderer;
import dk.kernebot.session.board.PaperSize;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a session's board (pladen) as SVG, PDF (A3 or A2) or a PNG preview at an unguessable link: the link is the
 * key, as with a shared document link, because Teams' image preview and the browser download carry no login.
 */
@RestController
class BoardController {

    private static final String TOKEN = "[A-Za-z0-9_-]{20,64}";

    private final SessionBoards boards;
    private final BoardRenderer renderer;

    private final DownloadLinks links;

    BoardController(SessionBoards boards, BoardRenderer renderer, DownloadLinks links) {
        this.links = links;
        this.boards = boards;
        this.renderer = renderer;
    }

    @GetMapping("/boards/{token}.svg")
    ResponseEntity<byte[]> svg(@PathVariable String token, @RequestParam(name = "lang", required = false) String lang,
                               @RequestHeader(name = "Accept-Language", required = false) String language) {
        Locale locale = locale(lang, language);
        return find(token, locale).map(board -> file(renderer.svg(board, boards.labels(locale), PaperSize.A3)
                        .getBytes(StandardCharsets.UTF_8), MediaType.valueOf("image/svg+xml"), "kerneopgave.svg"))
                .orElseGet(BoardController::notFound);
    }

    @GetMapping("/boards/{token}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String token, @RequestParam(name = "size", defaultValue = "A3") String size,
                               @RequestParam(name = "lang", required = false) String lang,
                               @RequestHeader(name = "Accept-Language", required = false) String language) {
        PaperSize paper = "A2".equalsIgnoreCase(size) ? PaperSize.A2 : "A3".equalsIgnoreCase(size) ? PaperSize.A3 : null;
        if (paper == null) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN)
                    .body("size must be A3 or A2".getBytes(StandardCharsets.UTF_8));
        }
        Locale locale = locale(lang, language);
        return find(token, locale).map(board -> file(renderer.pdf(board, boards.labels(locale), paper),
                        MediaType.APPLICATION_PDF, "kerneopgave-" + paper.name() + ".pdf"))
                .orElseGet(BoardController::notFound);
    }

    @GetMapping("/boards/{token}.png")
    ResponseEntity<byte[]> png(@PathVariable String token, @RequestParam(name = "lang", required = false) String lang,
                               @RequestHeader(name = "Accept-Language", required = false) String language) {
        Locale locale = locale(lang, language);
        return find(token, locale).map(board -> file(renderer.previewPng(board, boards.labels(locale), 800),
                        MediaType.IMAGE_PNG, null))
                .orElseGet(BoardController::notFound);
    }

    private Optional<Board> find(String token, Locale locale) {
        return token.matches(TOKEN)
                ? links.target(SessionBoards.LINK_KIND, token).flatMap(board -> boards.byToken(board, locale))
                : Optional.empty();
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String downloadName) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(type)
                .cacheControl(CacheControl.noStore())
                .header("X-Robots-Tag", "noindex");
        if (downloadName != null) {
            response.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + downloadName + "\"");
        }
        return response.body(content);
    }

    private static ResponseEntity<byte[]> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                .body("No board here".getBytes(StandardCharsets.UTF_8));
    }

    /** The language the card's link names (the chat's); without one, the first the browser asks for. */
    private static Locale locale(String lang, String language) {
        if (lang != null && !lang.isBlank()) {
            return Texts.fromTag(lang.strip());
        }
        return Texts.fromTag(language == null ? null : language.split(",")[0].split(";")[0].strip());
    }
}

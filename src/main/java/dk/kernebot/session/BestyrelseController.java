package dk.kernebot.session;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import dk.kernebot.chat.Texts;
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
 * The summary for the bestyrelse at its link: a page, its PDF and the board image. As with the board, the link is
 * the key (it is handed to the bestyrelse, who have no Teams login here), so it expires and a new one ends the old.
 */
@RestController
class BestyrelseController {

    private static final String TOKEN = "[A-Za-z0-9_-]{20,64}";

    private final BestyrelseSummaries summaries;
    private final BestyrelsePrint print;

    BestyrelseController(BestyrelseSummaries summaries, BestyrelsePrint print) {
        this.summaries = summaries;
        this.print = print;
    }

    @GetMapping("/bestyrelse/{token}")
    ResponseEntity<byte[]> page(@PathVariable String token, @RequestParam(name = "lang", required = false) String lang,
                                @RequestHeader(name = "Accept-Language", required = false) String language) {
        String query = "?lang=" + locale(lang, language).getLanguage();
        return serve(token, lang, language, summary -> print.page(summary, token + ".svg" + query)
                .getBytes(StandardCharsets.UTF_8), new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8), null);
    }

    @GetMapping("/bestyrelse/{token}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String token, @RequestParam(name = "lang", required = false) String lang,
                               @RequestHeader(name = "Accept-Language", required = false) String language) {
        return serve(token, lang, language, print::pdf, MediaType.APPLICATION_PDF, "bestyrelse.pdf");
    }

    @GetMapping("/bestyrelse/{token}.svg")
    ResponseEntity<byte[]> svg(@PathVariable String token, @RequestParam(name = "lang", required = false) String lang,
                               @RequestHeader(name = "Accept-Language", required = false) String language) {
        return serve(token, lang, language, print::svg, MediaType.valueOf("image/svg+xml"), null);
    }

    private ResponseEntity<byte[]> serve(String token, String lang, String language,
                                         Function<BestyrelseSummaries.Summary, byte[]> render, MediaType type,
                                         String downloadName) {
        Optional<BestyrelseSummaries.Summary> summary = token.matches(TOKEN)
                ? summaries.byToken(token, locale(lang, language)) : Optional.empty();
        if (summary.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                    .body("This link no longer works. / Linket virker ikke længere.".getBytes(StandardCharsets.UTF_8));
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noStore())
                .header("X-Robots-Tag", "noindex")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'");
        if (downloadName != null) {
            response.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + downloadName + "\"");
        }
        return response.body(render.apply(summary.get()));
    }

    /** The language the card's link names (the chat's); without one, the first the browser asks for. */
    private static Locale locale(String lang, String language) {
        if (lang != null && !lang.isBlank()) {
            return Texts.supported(Texts.fromTag(lang.strip()));
        }
        return Texts.supported(Texts.fromTag(language == null ? null : language.split(",")[0].split(";")[0].strip()));
    }
}

package dk.kernebot.cardsize;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import dk.kernebot.chat.Texts;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /indhold/<token>}: the whole of a message that was sent shortened, as a web page. The link is the key (a
 * browser opening it from Teams carries no login) and expires with the copy.
 */
@RestController
class CardCopyController {

    private static final String TOKEN = "[A-Za-z0-9_-]{20,64}";

    private final CardCopies copies;
    private final Texts texts;
    private final CardCopyPage page = new CardCopyPage(JsonMapper.builder().build());

    CardCopyController(CardCopies copies, Texts texts) {
        this.copies = copies;
        this.texts = texts;
    }

    @GetMapping("/indhold/{token}")
    ResponseEntity<byte[]> copy(@PathVariable String token) {
        Optional<CardCopies.Copy> copy = token.matches(TOKEN) ? copies.open(token) : Optional.empty();
        MediaType html = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
        if (copy.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .body(texts.get(Texts.DANISH, "size.copy.expired").getBytes(StandardCharsets.UTF_8));
        }
        String body = page.html(texts.get(copy.get().locale(), "size.copy.title"),
                texts.get(copy.get().locale(), "size.copy.intro"), copy.get());
        return ResponseEntity.ok().contentType(html).cacheControl(CacheControl.noStore())
                .header("X-Robots-Tag", "noindex").body(body.getBytes(StandardCharsets.UTF_8));
    }
}

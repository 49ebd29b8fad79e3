package dk.kernebot.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import dk.kernebot.chat.Texts;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The file behind a "mine data" link: built when it is opened, so Kernebot keeps no second copy of anyone's data. */
@RestController
class DataExportController {

    private static final String TOKEN = "[A-Za-z0-9_-]{40,64}";

    private final DataExports exports;
    private final PersonalData people;
    private final Texts texts;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    DataExportController(DataExports exports, PersonalData people, Texts texts) {
        this.exports = exports;
        this.people = people;
        this.texts = texts;
    }

    @GetMapping("/privatliv/data/{token}.json")
    ResponseEntity<byte[]> download(@PathVariable String token,
                                    @RequestHeader(name = "Accept-Language", required = false) String language) {
        Optional<String> owner = token.matches(TOKEN) ? exports.owner(token) : Optional.empty();
        Optional<byte[]> file = owner.flatMap(people::export).map(json::writeValueAsBytes);
        if (file.isEmpty()) {
            Locale locale = Texts.fromTag(language == null ? null : language.split(",")[0].split(";")[0].strip());
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .body((texts.get(locale, "privacy.mine.expired") + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.noStore())
                .header("X-Robots-Tag", "noindex")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"kernebot-mine-data.json\"")
                .body(file.get());
    }
}

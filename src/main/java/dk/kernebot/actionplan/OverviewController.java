package dk.kernebot.actionplan;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.kernebot.chat.Texts;
import dk.kernebot.institution.ChefInstitution;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The chef's report for the kvalitetsrapport, at an expiring link from the overview card. Danish unless the reader
 * asks ({@code ?lang=en}). The institutions are read from the files at download: a chef taken out of them gets 404.
 */
@RestController
class OverviewController {

    private static final String TOKEN = "[A-Za-z0-9_-]{20,64}";

    private final OverviewLinks links;
    private final ChefOverview overview;
    private final OverviewReport report;

    OverviewController(OverviewLinks links, ChefOverview overview, OverviewReport report) {
        this.links = links;
        this.overview = overview;
        this.report = report;
    }

    @GetMapping("/oversigt/{token}.md")
    ResponseEntity<byte[]> markdown(@PathVariable String token, @RequestParam(name = "lang", required = false) String lang) {
        return serve(token, lang, "md", MediaType.valueOf("text/markdown;charset=UTF-8"),
                (parts, locale) -> report.markdown(parts, locale).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/oversigt/{token}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String token, @RequestParam(name = "lang", required = false) String lang) {
        return serve(token, lang, "pdf", MediaType.APPLICATION_PDF, report::pdf);
    }

    private ResponseEntity<byte[]> serve(String token, String lang, String extension, MediaType type,
                                         java.util.function.BiFunction<List<OverviewReport.Part>, Locale, byte[]> render) {
        Optional<OverviewLinks.Chef> chef = token.matches(TOKEN) ? links.chef(token) : Optional.empty();
        List<ChefInstitution> led = chef.map(c -> overview.led(c.tenant(), c.aadObjectId())).orElse(List.of());
        if (led.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                    .body("No report here".getBytes(StandardCharsets.UTF_8));
        }
        Locale locale = lang == null || lang.isBlank() ? Texts.DANISH : Texts.fromTag(lang);
        return ResponseEntity.ok().contentType(type)
                .cacheControl(CacheControl.noStore())
                .header("X-Robots-Tag", "noindex")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"kvalitetsrapport-handleplaner." + extension + "\"")
                .body(render.apply(report.parts(led, locale), locale));
    }
}

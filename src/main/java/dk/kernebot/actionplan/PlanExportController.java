package dk.kernebot.actionplan;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import dk.kernebot.chat.Texts;
import dk.kernebot.links.DownloadLinks;
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
 * The handleplan as a document for the kvalitetsrapport (Markdown, PDF) and as CSV, at an unguessable per-plan
 * link: the link is the key, like a shared document link, because a browser download from Teams carries no login.
 * The link expires ({@link DownloadLinks}); "handleplan" in the chat gives a fresh one.
 */
@RestController
class PlanExportController {

    private static final String TOKEN = "[A-Za-z0-9_-]{20,64}";

    private final PlanStore plans;
    private final PlanExportAssembler assembler;
    private final PlanExports exports;

    private final DownloadLinks links;

    PlanExportController(PlanStore plans, PlanExportAssembler assembler, PlanExports exports, DownloadLinks links) {
        this.links = links;
        this.plans = plans;
        this.assembler = assembler;
        this.exports = exports;
    }

    @GetMapping("/handleplans/{token}.md")
    ResponseEntity<byte[]> markdown(@PathVariable String token, @RequestParam(name = "lang", required = false) String language) {
        return serve(token, language, (p, l) -> exports.markdown(p, l).getBytes(StandardCharsets.UTF_8),
                MediaType.valueOf("text/markdown;charset=UTF-8"), "md");
    }

    @GetMapping("/handleplans/{token}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String token, @RequestParam(name = "lang", required = false) String language) {
        return serve(token, language, (p, l) -> exports.csv(p, l).getBytes(StandardCharsets.UTF_8),
                MediaType.valueOf("text/csv;charset=UTF-8"), "csv");
    }

    @GetMapping("/handleplans/{token}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String token, @RequestParam(name = "lang", required = false) String language) {
        return serve(token, language, exports::pdf, MediaType.APPLICATION_PDF, "pdf");
    }

    private ResponseEntity<byte[]> serve(String token, String language,
                                         java.util.function.BiFunction<PlanExport, Locale, byte[]> render,
                                         MediaType type, String extension) {
        Optional<Plan> plan = token.matches(TOKEN)
                ? links.target(PlanLinks.KIND, token).flatMap(plans::byToken) : Optional.empty();
        if (plan.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                    .body("No handleplan here".getBytes(StandardCharsets.UTF_8));
        }
        // The plan's language, not the browser's: a Danish plan downloads in Danish unless the reader asks (?lang=en).
        Locale locale = language == null || language.isBlank() ? assembler.locale(plan.get()) : Texts.fromTag(language);
        PlanExport export = assembler.export(plan.get(), locale);
        return ResponseEntity.ok().contentType(type)
                .cacheControl(CacheControl.noStore())
                .header("X-Robots-Tag", "noindex")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + assembler.fileName(export, locale)
                        + "." + extension + "\"")
                .body(render.apply(export, locale));
    }
}

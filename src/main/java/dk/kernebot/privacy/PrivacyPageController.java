package dk.kernebot.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dk.kernebot.chat.Texts;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The full privacy text at a stable address, {@code /privatliv}: docs/privatliv.md as a web page, or its English
 * version docs/privacy.en.md for an English chat's link ({@code ?lang=en}) or a browser that asks for English. The
 * Danish file is the record for the data protection officer, so what users read and what the DPO approved cannot
 * drift apart (PrivacyDocumentTest holds the English one to the same columns). Raw HTML in the files is escaped.
 */
@RestController
class PrivacyPageController {

    static final String DOCUMENT = "docs/privatliv.md";
    static final String ENGLISH_DOCUMENT = "docs/privacy.en.md";

    /** Rendered on the first request for a language (the Markdown renderer is not needed for a bot's start), then kept. */
    private final Map<String, byte[]> pages = new ConcurrentHashMap<>();

    @GetMapping("/privatliv")
    ResponseEntity<byte[]> page(@RequestParam(name = "lang", required = false) String lang,
                                @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        String tag = locale(lang, language).getLanguage();
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .body(pages.computeIfAbsent(tag, PrivacyPageController::render));
    }

    /** The language the card's link names (the chat's); without one, the first the browser asks for. */
    private static Locale locale(String lang, String language) {
        if (lang != null && !lang.isBlank()) {
            return Texts.fromTag(lang.strip());
        }
        return Texts.fromTag(language == null ? null : language.split(",")[0].split(";")[0].strip());
    }

    private static byte[] render(String tag) {
        boolean english = Locale.ENGLISH.getLanguage().equals(tag);
        List<org.commonmark.Extension> tables = List.of(TablesExtension.create());
        String body = HtmlRenderer.builder().extensions(tables).escapeHtml(true).build()
                .render(Parser.builder().extensions(tables).build().parse(read(english ? ENGLISH_DOCUMENT : DOCUMENT)));
        return ("""
                <!doctype html>
                <html lang="%s"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>
                body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#222}
                table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left}
                code{background:#f4f4f4;padding:0 .2rem}
                </style></head><body>
                """.formatted(english ? "en" : "da", english ? "Kernebot – privacy" : "Kernebot – privatliv")
                + body + "</body></html>\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String read(String document) {
        try (InputStream in = PrivacyPageController.class.getClassLoader().getResourceAsStream(document)) {
            if (in == null) {
                throw new IllegalStateException(document + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

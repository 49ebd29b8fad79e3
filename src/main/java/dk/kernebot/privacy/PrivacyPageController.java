package dk.kernebot.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The full privacy text at a stable address, {@code /privatliv}: docs/privatliv.md as a web page. The same file is
 * the record for the data protection officer, so what users read and what the DPO approved cannot drift apart.
 * Raw HTML in the file is escaped: the page shows the document and nothing else.
 */
@RestController
class PrivacyPageController {

    static final String DOCUMENT = "docs/privatliv.md";

    /** Rendered on the first request (the Markdown renderer is not needed for a bot's start), then kept. */
    private volatile byte[] page;

    private byte[] rendered() {
        byte[] done = page;
        if (done == null) {
            done = render();
            page = done;
        }
        return done;
    }

    private static byte[] render() {
        List<org.commonmark.Extension> tables = List.of(TablesExtension.create());
        String body = HtmlRenderer.builder().extensions(tables).escapeHtml(true).build()
                .render(Parser.builder().extensions(tables).build().parse(read()));
        return ("""
                <!doctype html>
                <html lang="da"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Kernebot – privatliv</title>
                <style>
                body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#222}
                table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left}
                code{background:#f4f4f4;padding:0 .2rem}
                </style></head><body>
                """ + body + "</body></html>\n").getBytes(StandardCharsets.UTF_8);
    }

    @GetMapping("/privatliv")
    ResponseEntity<byte[]> page() {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache())
                .body(rendered());
    }

    private static String read() {
        try (InputStream in = PrivacyPageController.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

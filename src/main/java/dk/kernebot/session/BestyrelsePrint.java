package dk.kernebot.session;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import dk.kernebot.actionplan.TextDocument;
import dk.kernebot.session.board.BoardLabels;
import dk.kernebot.session.board.BoardRenderer;
import dk.kernebot.session.board.PaperSize;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** The summary for the bestyrelse as a web page (the board as an image under it) and as a PDF (the board last). */
@Component
class BestyrelsePrint {

    private final BoardRenderer renderer;
    private final SessionTexts texts;

    BestyrelsePrint(BoardRenderer renderer, SessionTexts texts) {
        this.renderer = renderer;
        this.texts = texts;
    }

    String page(BestyrelseSummaries.Summary summary, String boardUrl) {
        StringBuilder html = new StringBuilder();
        boolean inList = false;
        for (TextDocument.Block block : summary.blocks()) {
            boolean bullet = block.style() == TextDocument.Style.BULLET;
            if (bullet != inList) {
                html.append(bullet ? "<ul>\n" : "</ul>\n");
                inList = bullet;
            }
            String text = HtmlUtils.htmlEscape(block.text(), "UTF-8");
            html.append(switch (block.style()) {
                case TITLE -> "<h1>" + text + "</h1>";
                case HEADING -> "<h2>" + text + "</h2>";
                case TEXT -> "<p>" + text + "</p>";
                case BULLET -> "<li>" + text + "</li>";
                case NOTE -> "<p class=\"note\">" + text + "</p>";
            }).append('\n');
        }
        if (inList) {
            html.append("</ul>\n");
        }
        html.append("<img src=\"").append(HtmlUtils.htmlEscape(boardUrl, "UTF-8")).append("\" alt=\"")
                .append(HtmlUtils.htmlEscape(t(summary, "session.boardCard.alt"), "UTF-8")).append("\">\n");
        return """
                <!doctype html>
                <html lang="%s"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex">
                <title>%s</title>
                <style>
                body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#222}
                .note{color:#555;font-style:italic}img{width:100%%;height:auto;border:1px solid #ddd;margin-top:.5rem}
                </style></head><body>
                """.formatted(summary.locale().getLanguage(), HtmlUtils.htmlEscape(summary.title(), "UTF-8"))
                + html + "</body></html>\n";
    }

    byte[] pdf(BestyrelseSummaries.Summary summary) {
        TextDocument document = new TextDocument();
        summary.blocks().forEach(b -> document.add(b.style(), b.text()));
        document.add(TextDocument.Style.TEXT, t(summary, "bestyrelse.boardNext"));
        byte[] text = document.pdf(summary.title(), (page, pages) -> t(summary, "actionplan.export.page", page, pages));
        byte[] board = renderer.pdf(summary.board(), labels(summary), PaperSize.A3);
        try (PDDocument all = Loader.loadPDF(text); PDDocument drawn = Loader.loadPDF(board)) {
            all.importPage(drawn.getPage(0));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            all.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] svg(BestyrelseSummaries.Summary summary) {
        return renderer.svg(summary.board(), labels(summary), PaperSize.A3).getBytes(StandardCharsets.UTF_8);
    }

    private BoardLabels labels(BestyrelseSummaries.Summary summary) {
        return BoardLabels.of(key -> texts.t(summary.locale(), key));
    }

    private String t(BestyrelseSummaries.Summary summary, String key, Object... args) {
        return texts.t(summary.locale(), key, args);
    }
}

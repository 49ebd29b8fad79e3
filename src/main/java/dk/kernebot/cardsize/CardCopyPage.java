package dk.kernebot.cardsize;

import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stored card as a plain web page: its texts, facts and the sub-cards behind its buttons (a goal's history, an
 * action's details), in the card's order. Buttons that act in Teams are left out; everything is HTML-escaped, so the
 * page shows what the group wrote and nothing else.
 */
final class CardCopyPage {

    private final JsonMapper json;

    CardCopyPage(JsonMapper json) {
        this.json = json;
    }

    String html(String title, String intro, CardCopies.Copy copy) {
        StringBuilder out = new StringBuilder(copy.content().length() + 1024);
        out.append("<!doctype html>\n<html lang=\"").append(copy.locale().getLanguage())
                .append("\"><head><meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(title)).append("</title>\n<style>")
                .append("body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;")
                .append("line-height:1.5;color:#222}.intro{color:#666}section{border-left:3px solid #ddd;padding-left:1rem;")
                .append("margin:.5rem 0}dt{font-weight:600}dd{margin:0 0 .3rem 1rem}")
                .append("</style></head><body>\n<p class=\"intro\">").append(escape(intro)).append("</p>\n");
        if (copy.isCard()) {
            element(json.readTree(copy.content()), out);
        } else {
            paragraph(copy.content(), out);
        }
        return out.append("</body></html>\n").toString();
    }

    private void element(JsonNode node, StringBuilder out) {
        if (node == null || !node.isObject()) {
            return;
        }
        String type = node.path("type").asString("");
        switch (type) {
            case "TextBlock" -> paragraph(node.path("text").asString(""), out);
            case "RichTextBlock" -> {
                StringBuilder text = new StringBuilder();
                node.path("inlines").forEach(i -> text.append(i.isString() ? i.asString() : i.path("text").asString("")));
                paragraph(text.toString(), out);
            }
            case "FactSet" -> {
                out.append("<dl>\n");
                node.path("facts").forEach(f -> out.append("<dt>").append(escape(f.path("title").asString("")))
                        .append("</dt><dd>").append(escape(f.path("value").asString(""))).append("</dd>\n"));
                out.append("</dl>\n");
            }
            case "Action.ShowCard" -> {
                out.append("<section><p><strong>").append(escape(node.path("title").asString(""))).append("</strong></p>\n");
                element(node.get("card"), out);
                out.append("</section>\n");
            }
            default -> {
                // Containers of every kind: a card, a container, columns, a column, a set of buttons.
                for (String child : new String[] {"body", "items", "columns", "actions"}) {
                    node.path(child).forEach(c -> element(c, out));
                }
            }
        }
    }

    private static void paragraph(String text, StringBuilder out) {
        if (text.isBlank()) {
            return;
        }
        out.append("<p>").append(escape(text).replace("\n", "<br>\n")).append("</p>\n");
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}

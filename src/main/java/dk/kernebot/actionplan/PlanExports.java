package dk.kernebot.actionplan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.stereotype.Component;

/** STUB until branch planparts is merged: the plan as Markdown, CSV and PDF. */
@Component
public class PlanExports {

    public String markdown(PlanExport p, Locale l) {
        StringBuilder out = new StringBuilder("# ").append(p.title()).append("\n\n");
        int n = 1;
        for (GoalExport goal : p.goals()) {
            out.append("## ").append(n++).append(". ").append(goal.text()).append("\n\n");
            for (ActionExport a : goal.actions()) {
                out.append("- ").append(a.text()).append(" – ").append(a.ownerName()).append(", ")
                        .append(DanishDates.format(a.due(), l)).append(", ").append(a.status()).append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    public String csv(PlanExport p, Locale l) {
        StringBuilder out = new StringBuilder("goal;action;owner;due;status\r\n");
        for (GoalExport goal : p.goals()) {
            for (ActionExport a : goal.actions()) {
                out.append(String.join(";", quote(goal.text()), quote(a.text()), quote(a.ownerName()),
                        a.due().toString(), quote(a.status()))).append("\r\n");
            }
        }
        return out.toString();
    }

    public byte[] pdf(PlanExport p, Locale l) {
        List<String> lines = new ArrayList<>(List.of(markdown(p, l).split("\n")));
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                content.newLineAtOffset(50, 740);
                for (String line : lines.subList(0, Math.min(lines.size(), 60))) {
                    content.showText(line.replaceAll("[^\\x20-\\x7E\\u00A0-\\u00FF]", "?"));
                    content.newLineAtOffset(0, -12);
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quote(String s) {
        return "\"" + (s == null ? "" : s.replace("\"", "\"\"")) + "\"";
    }
}

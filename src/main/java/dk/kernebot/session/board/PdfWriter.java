package dk.kernebot.session.board;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

import dk.kernebot.session.board.Drawing.Circle;
import dk.kernebot.session.board.Drawing.Group;
import dk.kernebot.session.board.Drawing.Text;

/** Draws a drawing on one PDF page; PDF counts y upwards from the bottom, the drawing downwards from the top. */
final class PdfWriter {

    /** Bezier control distance that makes four cubic curves a circle to within 0.03 %. */
    private static final double KAPPA = 0.5522847498;

    private PdfWriter() {
    }

    /** The caller closes the document. */
    static PDDocument document(Drawing drawing) throws IOException {
        PDDocument document = new PDDocument();
        try {
            PDPage page = new PDPage(new PDRectangle((float) drawing.width(), (float) drawing.height()));
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(drawing.title());
            info.setCreator("Kernebot");
            Map<BoardFont, PDType1Font> fonts = new EnumMap<>(BoardFont.class);
            for (BoardFont font : BoardFont.values()) {
                fonts.put(font, font.pdfFont());
            }
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setNonStrokingColor(rgb(Palette.PAGE)[0], rgb(Palette.PAGE)[1], rgb(Palette.PAGE)[2]);
                content.addRect(0, 0, (float) drawing.width(), (float) drawing.height());
                content.fill();
                for (Group group : drawing.groups()) {
                    for (Circle circle : group.circles()) {
                        circle(content, circle, drawing.height());
                    }
                    for (Text text : group.texts()) {
                        text(content, text, fonts.get(text.font()), drawing.height());
                    }
                }
            }
            return document;
        } catch (IOException | RuntimeException e) {
            document.close();
            throw e;
        }
    }

    private static void circle(PDPageContentStream content, Circle circle, double pageHeight) throws IOException {
        float x = (float) circle.x();
        float y = (float) (pageHeight - circle.y());
        float r = (float) circle.r();
        float k = (float) (circle.r() * KAPPA);
        content.moveTo(x + r, y);
        content.curveTo(x + r, y + k, x + k, y + r, x, y + r);
        content.curveTo(x - k, y + r, x - r, y + k, x - r, y);
        content.curveTo(x - r, y - k, x - k, y - r, x, y - r);
        content.curveTo(x + k, y - r, x + r, y - k, x + r, y);
        content.closePath();
        float[] fill = rgb(circle.fill());
        content.setNonStrokingColor(fill[0], fill[1], fill[2]);
        if (circle.stroke() == null) {
            content.fill();
        } else {
            float[] stroke = rgb(circle.stroke());
            content.setStrokingColor(stroke[0], stroke[1], stroke[2]);
            content.setLineWidth((float) circle.strokeWidth());
            content.fillAndStroke();
        }
    }

    private static void text(PDPageContentStream content, Text text, PDType1Font font, double pageHeight)
            throws IOException {
        if (text.text().isEmpty()) {
            return;
        }
        float[] colour = rgb(text.colour());
        content.setNonStrokingColor(colour[0], colour[1], colour[2]);
        content.beginText();
        content.setFont(font, (float) text.size());
        content.newLineAtOffset((float) text.left(), (float) (pageHeight - text.baseline()));
        content.showText(text.text());
        content.endText();
    }

    private static float[] rgb(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return new float[] {(value >> 16 & 0xFF) / 255f, (value >> 8 & 0xFF) / 255f, (value & 0xFF) / 255f};
    }
}

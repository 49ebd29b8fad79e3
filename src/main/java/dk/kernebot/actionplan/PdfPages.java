package dk.kernebot.actionplan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** A4 portrait pages filled top to bottom with wrapped lines; a new page starts when the next block does not fit. */
final class PdfPages implements AutoCloseable {

    static final float MARGIN = 56f; // 2 cm
    private static final PDRectangle PAPER = PDRectangle.A4;
    private static final float LINE_SPACING = 1.3f;
    private static final float FOOTER_SIZE = 8f;

    private final PDDocument document = new PDDocument();
    private PDPageContentStream content;
    private float y;

    PdfPages(String title) {
        document.getDocumentInformation().setTitle(title);
        newPage();
    }

    float width() {
        return PAPER.getWidth() - 2 * MARGIN;
    }

    /** Writes text wrapped to the width left after {@code indent}; lines after the first start at {@code hanging}. */
    void paragraph(String text, PdfFont font, float size, float indent, float hanging) {
        String writable = PdfFont.writable(text);
        List<String> lines = font.wrap(writable, size, width() - indent - hanging);
        for (int i = 0; i < lines.size(); i++) {
            line(lines.get(i), font, size, i == 0 ? indent : indent + hanging);
        }
    }

    void space(float points) {
        y -= points;
    }

    /** Starts a new page unless {@code points} still fit, so a heading is not left alone at the bottom. */
    void keepTogether(float points) {
        if (y - points < MARGIN) {
            newPage();
        }
    }

    static float lineHeight(float size) {
        return size * LINE_SPACING;
    }

    /** Adds "page n of m" to every page, which is only known once everything is laid out. */
    byte[] finish(PageLabel label) {
        try {
            content.close();
            int pages = document.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                PDPage page = document.getPage(i);
                try (PDPageContentStream footer = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String text = PdfFont.writable(label.of(i + 1, pages));
                    float x = PAPER.getWidth() - MARGIN - PdfFont.REGULAR.width(text, FOOTER_SIZE);
                    show(footer, text, PdfFont.REGULAR, FOOTER_SIZE, x, MARGIN / 2);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    interface PageLabel {
        String of(int page, int pages);
    }

    private void line(String writable, PdfFont font, float size, float indent) {
        float height = lineHeight(size);
        if (y - height < MARGIN) {
            newPage();
        }
        y -= height;
        try {
            show(content, writable, font, size, MARGIN + indent, y);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void show(PDPageContentStream stream, String writable, PdfFont font, float size, float x, float y)
            throws IOException {
        stream.beginText();
        stream.setFont(font.pdf(), size);
        stream.newLineAtOffset(x, y);
        stream.showText(writable);
        stream.endText();
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PAPER);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PAPER.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

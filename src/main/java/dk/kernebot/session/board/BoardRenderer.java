package dk.kernebot.session.board;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.springframework.stereotype.Component;

/**
 * Draws a group's board (pladen): SVG for the browser, PDF to print and hang up, PNG to preview in a card. All three
 * come from one {@link BoardLayout}, and the PNG is the PDF page rendered, so what people preview is what prints.
 * Stateless and thread-safe.
 */
@Component
public class BoardRenderer {

    /** Far beyond any card preview; keeps a wrong argument from allocating gigabytes. */
    private static final int MAX_PREVIEW_WIDTH = 4000;

    public String svg(Board board, BoardLabels labels, PaperSize paper) {
        return SvgWriter.write(BoardLayout.of(board, labels).drawing(paper), paper);
    }

    public byte[] pdf(Board board, BoardLabels labels, PaperSize paper) {
        try (PDDocument document = PdfWriter.document(BoardLayout.of(board, labels).drawing(paper))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the board as PDF", e);
        }
    }

    /** An A3 page rendered {@code widthPx} pixels wide (the height follows the paper's proportions). */
    public byte[] previewPng(Board board, BoardLabels labels, int widthPx) {
        if (widthPx < 1 || widthPx > MAX_PREVIEW_WIDTH) {
            throw new IllegalArgumentException("Preview width must be 1-" + MAX_PREVIEW_WIDTH + " px, was " + widthPx);
        }
        PaperSize paper = PaperSize.A3;
        try (PDDocument document = PdfWriter.document(BoardLayout.of(board, labels).drawing(paper))) {
            // PDFBox rounds the pixel width down; a quarter pixel more keeps it at exactly widthPx.
            float scale = (float) ((widthPx + 0.25) / paper.width());
            BufferedImage image = new PDFRenderer(document).renderImage(0, scale, ImageType.RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the board preview", e);
        }
    }
}

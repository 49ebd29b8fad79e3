package dk.kernebot.actionplan;

import java.util.ArrayList;
import java.util.List;

/**
 * A short A4 document of headings, paragraphs and bullet lines, laid out as the plan's export is (same fonts,
 * wrapping and page numbers), for the other features' printable pages: the summary for the bestyrelse, the
 * published evaluation of the læreplan.
 */
public final class TextDocument {

    /** The kinds of block, from big to small. */
    public enum Style { TITLE, HEADING, TEXT, BULLET, NOTE }

    /** One block of the document. */
    public record Block(Style style, String text) {
    }

    /** "Side 1 af 2": the footer of each page. */
    public interface PageLabel {
        String of(int page, int pages);
    }

    private final List<Block> blocks = new ArrayList<>();

    public TextDocument add(Style style, String text) {
        if (text != null && !text.isBlank()) {
            blocks.add(new Block(style, text));
        }
        return this;
    }

    public List<Block> blocks() {
        return List.copyOf(blocks);
    }

    /** The document as PDF; {@code title} is the file's own title (what a PDF reader shows in its window). */
    public byte[] pdf(String title, PageLabel label) {
        try (PdfPages pages = new PdfPages(title)) {
            Style before = null;
            for (Block block : blocks) {
                switch (block.style()) {
                    case TITLE -> {
                        pages.paragraph(block.text(), PdfFont.BOLD, 18f, 0, 0);
                        pages.space(4);
                    }
                    case HEADING -> {
                        pages.space(10);
                        pages.keepTogether(PdfPages.lineHeight(13f) + PdfPages.lineHeight(10f) * 2);
                        pages.paragraph(block.text(), PdfFont.BOLD, 13f, 0, 0);
                    }
                    case TEXT -> {
                        if (before == Style.TEXT) {
                            pages.space(4);
                        }
                        pages.paragraph(block.text(), PdfFont.REGULAR, 10f, 0, 0);
                    }
                    case BULLET -> pages.paragraph("– " + block.text(), PdfFont.REGULAR, 10f, 14f, 8f);
                    case NOTE -> pages.paragraph(block.text(), PdfFont.ITALIC, 9f, 0, 0);
                }
                before = block.style();
            }
            return pages.finish(label::of);
        }
    }
}

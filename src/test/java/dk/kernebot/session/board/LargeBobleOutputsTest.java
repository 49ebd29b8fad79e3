package dk.kernebot.session.board;

import static dk.kernebot.session.board.BoardGeometry.groups;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import dk.kernebot.session.board.BoardLayout.PlacedBubble;
import dk.kernebot.session.board.Drawing.Group;

/** The SVG, the PDF on both papers and the PNG preview all show the grown bobler at the size the layout gave them. */
class LargeBobleOutputsTest {

    private static final Board FEW = BoardSamples.typical(3);

    private final BoardRenderer renderer = new BoardRenderer();
    private final BoardLabels danish = BoardSamples.labels("da");
    private final BoardLayout layout = BoardLayout.of(FEW, danish);

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void svgDrawsEveryBobleWithTheLayoutsRadius(PaperSize paper) throws Exception {
        double factor = paper.width() / PaperSize.A3.width();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList groups = factory.newDocumentBuilder()
                .parse(new InputSource(new StringReader(renderer.svg(FEW, danish, paper))))
                .getElementsByTagNameNS(SvgWriter.NAMESPACE, "g");
        List<Double> radii = new ArrayList<>();
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (group.getAttribute("class").equals("bubble")) {
                Element circle = (Element) group.getElementsByTagNameNS(SvgWriter.NAMESPACE, "circle").item(0);
                radii.add(Double.parseDouble(circle.getAttribute("r")));
            }
        }

        assertThat(radii).hasSize(3).allSatisfy(r ->
                assertThat(r).isCloseTo(BubbleSizeTest.smallestRadius(layout) * factor, offset(0.01)));
        assertThat(BubbleSizeTest.smallestRadius(layout)).isGreaterThan(1.15 * BubbleSizeTest.equalRingsRadius(layout));
    }

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void pdfSetsEveryBoblesTextAtTheLayoutsSize(PaperSize paper) throws IOException {
        double factor = paper.width() / PaperSize.A3.width();
        List<TextPosition> glyphs = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(FEW, danish, paper))) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    glyphs.addAll(positions);
                    super.writeString(text, positions);
                }
            };
            stripper.getText(pdf);
        }

        for (Group bubble : groups(layout.drawing(PaperSize.A3), "bubble")) {
            Drawing.Text line = bubble.texts().get(bubble.texts().size() - 1);
            char first = line.text().charAt(0);
            assertThat(glyphs).as(line.text()).anySatisfy(glyph -> {
                assertThat(glyph.getUnicode()).isEqualTo(String.valueOf(first));
                assertThat((double) glyph.getFontSize()).isCloseTo(line.size() * factor, offset(0.05));
            });
        }
    }

    @Test
    void pngPreviewShowsTheBobleFillAsFarOutAsItsRadius() throws IOException {
        PaperSize paper = PaperSize.A3;
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                renderer.previewPng(FEW, danish, (int) Math.round(paper.width()))));
        double scale = image.getWidth() / paper.width();

        for (PlacedBubble placed : layout.placed()) {
            String fill = placed.bubble().inPractice() ? Palette.PRACTICE_FILL : Palette.BUBBLE_FILL;
            String ring = Palette.ring(placed.bubble().level());
            // Below the text, just inside the rim; and just outside the rim, along the ring so still on it.
            assertColour(image, placed.x() * scale, (placed.y() + 0.92 * placed.r()) * scale, fill);
            double angle = Math.atan2(placed.y() - layout.centreY(), placed.x() - layout.centreX());
            double beside = placed.r() + 4;
            assertColour(image, (placed.x() - Math.sin(angle) * beside) * scale,
                    (placed.y() + Math.cos(angle) * beside) * scale, ring);
        }
    }

    private static void assertColour(BufferedImage image, double x, double y, String hex) {
        int expected = Integer.parseInt(hex.substring(1), 16);
        int actual = image.getRGB((int) Math.round(x), (int) Math.round(y)) & 0xFFFFFF;
        for (int shift : new int[] {16, 8, 0}) {
            assertThat(actual >> shift & 0xFF).as("%s at %.0f,%.0f is #%06X", hex, x, y, actual)
                    .isBetween((expected >> shift & 0xFF) - 3, (expected >> shift & 0xFF) + 3);
        }
    }
}

package dk.kernebot.session.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class BoardRendererTest {

    private static final String HOSTILE = "<script>alert(1)</script> & \"x\"";

    private final BoardRenderer renderer = new BoardRenderer();
    private final BoardLabels danish = BoardSamples.labels("da");

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void svgIsAWellFormedSvgDocumentWithTheViewBoxOfThePaper(PaperSize paper) throws Exception {
        Element root = parse(renderer.svg(BoardSamples.aalborg(), danish, paper)).getDocumentElement();

        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("viewBox"))
                .isEqualTo(paper == PaperSize.A3 ? "0 0 841.89 1190.55" : "0 0 1190.55 1683.78");
        assertThat(root.getAttribute("width")).isEqualTo(paper == PaperSize.A3 ? "297mm" : "420mm");
        assertThat(root.getAttribute("font-family")).startsWith("Helvetica, Arial");
    }

    @Test
    void svgDrawsTheKerneopgaveAndEveryBobleAsVisibleText() throws Exception {
        Board board = BoardSamples.aalborg();
        Document svg = parse(renderer.svg(board, danish, PaperSize.A3));

        String drawn = drawnText(svg);
        assertThat(drawn).contains(normalised(BoardSamples.KERNEOPGAVE));
        for (BoardBubble bubble : board.bubbles()) {
            assertThat(unhyphenated(drawn)).as(bubble.text()).contains(normalised(bubble.text()));
        }
        assertThat(drawn).contains("Pladen – kvalitetsudvikling", "Børnehuset Solsikken", "23. november 2026",
                "International", "National", "Kommunal", "Institution", "Vores kerneopgave",
                "Det gør vi i praksis", "Nummeret er gruppens prioritering");
    }

    @Test
    void everyBobleCarriesItsFullTextAsAnAccessibleTitle() throws Exception {
        Board board = BoardSamples.aalborg();
        Document svg = parse(renderer.svg(board, danish, PaperSize.A3));

        List<String> titles = new ArrayList<>();
        NodeList groups = svg.getElementsByTagNameNS(SvgWriter.NAMESPACE, "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (group.getAttribute("class").equals("bubble")) {
                titles.add(group.getElementsByTagNameNS(SvgWriter.NAMESPACE, "title").item(0).getTextContent());
            }
        }
        assertThat(titles).containsExactlyInAnyOrderElementsOf(board.bubbles().stream().map(BoardBubble::text).toList());
    }

    @Test
    void hostileTextIsEscapedAndNeverBecomesMarkup() throws Exception {
        Board board = new Board(HOSTILE, HOSTILE, HOSTILE + " kerne", LocalDate.of(2026, 3, 1),
                List.of(new BoardBubble(HOSTILE, BoardLevel.KOMMUNAL, 1, true),
                        new BoardBubble("nul\u0000tegn og \uD800 halv", BoardLevel.NATIONAL, null, false)));
        String svg = renderer.svg(board, danish, PaperSize.A3);
        Document document = parse(svg);

        assertThat(document.getElementsByTagNameNS("*", "script").getLength()).isZero();
        assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp;");
        assertThat(titleTexts(document)).contains(HOSTILE);
        assertThat(drawnText(document)).contains("alert(1)");
    }

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void pdfHasOnePageOfThePaperSize(PaperSize paper) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(BoardSamples.aalborg(), danish, paper))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDRectangle page = pdf.getPage(0).getMediaBox();
            assertThat((double) page.getWidth()).isCloseTo(paper.width(), offset(0.01));
            assertThat((double) page.getHeight()).isCloseTo(paper.height(), offset(0.01));
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Pladen – kvalitetsudvikling");
        }
    }

    @Test
    void pdfTextHasTheKerneopgaveAndEveryBobleWithDanishLetters() throws IOException {
        Board board = BoardSamples.aalborg();
        String text = pdfText(renderer.pdf(board, danish, PaperSize.A3));

        assertThat(text).contains(normalised(BoardSamples.KERNEOPGAVE));
        for (BoardBubble bubble : board.bubbles()) {
            assertThat(unhyphenated(text)).as(bubble.text()).contains(normalised(bubble.text()));
        }
        assertThat(text).contains("Børnehuset Solsikken", "23. november 2026", "Det gør vi i praksis");
    }

    @Test
    void pngPreviewDecodesAtTheRequestedWidthAndShowsTheBoard() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                renderer.previewPng(BoardSamples.aalborg(), danish, 800)));

        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isBetween(1130, 1132);
        // The page is white; the rings are not, so a blank render fails here.
        long coloured = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    coloured++;
                }
            }
        }
        assertThat(coloured).isGreaterThan(image.getWidth() * image.getHeight() / 16 / 3);
    }

    @Test
    void previewRefusesAWidthThatIsNoImage() {
        assertThatThrownBy(() -> renderer.previewPng(BoardSamples.aalborg(), danish, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void charactersHelveticaCannotShowBecomeQuestionMarksInsteadOfErrors() throws Exception {
        Board board = new Board("Plade \uD83D\uDE00", "Łódź 幼儿园", "Vi leger \uD83E\uDDF8 og lærer", null,
                List.of(new BoardBubble("Udeliv \uD83C\uDF33 hver dag", BoardLevel.INSTITUTION, 1, true),
                        new BoardBubble("Ałbørg", BoardLevel.KOMMUNAL, null, false),
                        new BoardBubble("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", BoardLevel.NATIONAL, 2, false)));

        assertThatCode(() -> renderer.previewPng(board, danish, 400)).doesNotThrowAnyException();
        String text = pdfText(renderer.pdf(board, danish, PaperSize.A2));
        assertThat(text).contains("Vi leger ? og lærer", "Udeliv ? hver dag", "A?børg", "???");
        String svgText = drawnText(parse(renderer.svg(board, danish, PaperSize.A3)));
        assertThat(svgText).contains("Vi leger ? og lærer", "?ód? ???");
    }

    @Test
    void anEmptyBoardWithoutKerneopgaveStillRenders() throws Exception {
        Board board = new Board("Ny plade", null, null, null, List.of());

        Document svg = parse(renderer.svg(board, danish, PaperSize.A3));
        assertThat(svg.getElementsByTagNameNS(SvgWriter.NAMESPACE, "g").getLength()).isPositive();
        assertThat(drawnText(svg)).contains("Kerneopgaven er ikke formuleret endnu").doesNotContain("null");
        assertThat(pdfText(renderer.pdf(board, danish, PaperSize.A3))).contains("Kerneopgaven er ikke formuleret endnu");
        assertThat(renderer.previewPng(board, danish, 200)).isNotEmpty();
    }

    @Test
    void englishLabelsKeepTheirApostrophe() throws Exception {
        Board board = new Board("Board", null, null, null, List.of());

        String drawn = drawnText(parse(renderer.svg(board, BoardSamples.labels("en"), PaperSize.A3)));

        assertThat(drawn).contains("The number is the group's priority", "Municipal", "Our core task");
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    /** The text a viewer sees: every text element, in document order, without the titles. */
    private static String drawnText(Document svg) {
        NodeList texts = svg.getElementsByTagNameNS(SvgWriter.NAMESPACE, "text");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            all.append(texts.item(i).getTextContent()).append(' ');
        }
        return normalised(all.toString());
    }

    private static List<String> titleTexts(Document svg) {
        NodeList titles = svg.getElementsByTagNameNS(SvgWriter.NAMESPACE, "title");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < titles.getLength(); i++) {
            Node title = titles.item(i);
            texts.add(title.getTextContent());
        }
        return texts;
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return normalised(new PDFTextStripper().getText(document));
        }
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** Joins words the layout split at a line end ("Minimums- normeringer"). */
    private static String unhyphenated(String text) {
        return text.replaceAll("(\\p{L})- (\\p{L})", "$1$2");
    }
}

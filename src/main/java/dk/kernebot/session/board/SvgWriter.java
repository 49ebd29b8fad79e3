package dk.kernebot.session.board;

import java.io.StringWriter;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dk.kernebot.session.board.Drawing.Circle;
import dk.kernebot.session.board.Drawing.Group;
import dk.kernebot.session.board.Drawing.Text;

/** Writes a drawing as SVG through a StAX writer, which escapes every user text; nothing is pasted into markup. */
final class SvgWriter {

    static final String NAMESPACE = "http://www.w3.org/2000/svg";
    /** Lines were broken with Helvetica's widths; Liberation Sans and Nimbus Sans are its metric twins on Linux. */
    private static final String FONTS = "Helvetica, Arial, 'Liberation Sans', 'Nimbus Sans', sans-serif";

    private SvgWriter() {
    }

    static String write(Drawing drawing, PaperSize paper) {
        StringWriter out = new StringWriter();
        try {
            // The JDK's own writer, fresh per call: factories are not promised to be thread-safe, and a StAX
            // implementation found on the class path might escape differently.
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("svg");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("width", number(paper.widthMm()) + "mm");
            xml.writeAttribute("height", number(paper.heightMm()) + "mm");
            xml.writeAttribute("viewBox", "0 0 " + number(drawing.width()) + " " + number(drawing.height()));
            xml.writeAttribute("font-family", FONTS);
            xml.writeAttribute("role", "img");
            title(xml, drawing.title());
            xml.writeEmptyElement("rect");
            xml.writeAttribute("width", number(drawing.width()));
            xml.writeAttribute("height", number(drawing.height()));
            xml.writeAttribute("fill", Palette.PAGE);
            for (Group group : drawing.groups()) {
                group(xml, group);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the board as SVG", e);
        }
        return out.toString();
    }

    private static void group(XMLStreamWriter xml, Group group) throws XMLStreamException {
        xml.writeStartElement("g");
        xml.writeAttribute("class", group.role());
        title(xml, group.description());
        for (Circle circle : group.circles()) {
            xml.writeEmptyElement("circle");
            xml.writeAttribute("cx", number(circle.x()));
            xml.writeAttribute("cy", number(circle.y()));
            xml.writeAttribute("r", number(circle.r()));
            xml.writeAttribute("fill", circle.fill());
            if (circle.stroke() != null) {
                xml.writeAttribute("stroke", circle.stroke());
                xml.writeAttribute("stroke-width", number(circle.strokeWidth()));
            }
        }
        for (Text text : group.texts()) {
            xml.writeStartElement("text");
            xml.writeAttribute("x", number(text.x()));
            xml.writeAttribute("y", number(text.baseline()));
            xml.writeAttribute("font-size", number(text.size()));
            if (text.font().bold()) {
                xml.writeAttribute("font-weight", "bold");
            }
            if (text.font().italic()) {
                xml.writeAttribute("font-style", "italic");
            }
            if (text.centred()) {
                xml.writeAttribute("text-anchor", "middle");
            }
            xml.writeAttribute("fill", text.colour());
            xml.writeCharacters(text.text());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** The full text, for screen readers and hover; emoji stay, only what XML cannot carry goes. */
    private static void title(XMLStreamWriter xml, String text) throws XMLStreamException {
        if (text == null || text.isBlank()) {
            return;
        }
        xml.writeStartElement("title");
        xml.writeCharacters(xmlSafe(text));
        xml.writeEndElement();
    }

    static String xmlSafe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                    || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
            out.appendCodePoint(allowed ? cp : BoardFont.REPLACEMENT);
        });
        return out.toString();
    }

    private static String number(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }
}

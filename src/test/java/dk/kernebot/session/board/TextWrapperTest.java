package dk.kernebot.session.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextWrapperTest {

    private static final double SIZE = 10;

    @Test
    void breaksBetweenWordsWithinTheWidth() {
        double width = BoardFont.REGULAR.width("leg og læring", SIZE);

        TextWrapper.Wrapped wrapped = TextWrapper.wrap("leg og læring hver dag i børnehaven", BoardFont.REGULAR,
                SIZE, line -> width, 10);

        assertThat(wrapped.complete()).isTrue();
        assertThat(wrapped.lines()).containsExactly("leg og læring", "hver dag i", "børnehaven");
    }

    @Test
    void splitsALongCompoundAtAJointRatherThanAnywhere() {
        double width = BoardFont.REGULAR.width("Kvalitetsu-", SIZE);

        List<String> lines = TextWrapper.wrap("Kvalitetsudviklingsmodellen", BoardFont.REGULAR, SIZE,
                line -> width, 5).lines();

        assertThat(lines.get(0)).isEqualTo("Kvalitets-");
        assertThat(String.join("", lines).replace("-", "")).isEqualTo("Kvalitetsudviklingsmodellen");
        assertThat(lines).allSatisfy(line -> assertThat(BoardFont.REGULAR.width(line, SIZE)).isLessThanOrEqualTo(width));
    }

    @Test
    void withoutSplittingATooLongWordTheResultIsIncomplete() {
        TextWrapper.Wrapped wrapped = TextWrapper.wrap("Minimumsnormeringer", BoardFont.REGULAR, SIZE,
                line -> 30, 5, false);

        assertThat(wrapped.complete()).isFalse();
    }

    @Test
    void textBeyondTheLastLineEndsInAnEllipsisThatFits() {
        double width = BoardFont.REGULAR.width("vi skaber trygge", SIZE);

        TextWrapper.Wrapped wrapped = TextWrapper.wrap(BoardSamples.KERNEOPGAVE, BoardFont.REGULAR, SIZE,
                line -> width, 2);

        assertThat(wrapped.complete()).isFalse();
        assertThat(wrapped.lines()).hasSize(2);
        assertThat(wrapped.lines().get(1)).endsWith("…");
        assertThat(BoardFont.REGULAR.width(wrapped.lines().get(1), SIZE)).isLessThanOrEqualTo(width);
    }

    @Test
    void keepsParagraphsOnTheirOwnLines() {
        TextWrapper.Wrapped wrapped = TextWrapper.wrap("Tryghed\n\nLeg", BoardFont.REGULAR, SIZE, line -> 500, 5);

        assertThat(wrapped.lines()).containsExactly("Tryghed", "Leg");
    }

    @Test
    void printableKeepsDanishAndReplacesWhatHelveticaLacks() {
        assertThat(BoardFont.printable("Æbler, øl og Åen – “godt”")).isEqualTo("Æbler, øl og Åen – “godt”");
        assertThat(BoardFont.printable("a\u030Ange")).isEqualTo("ånge");
        assertThat(BoardFont.printable("Łódź \uD83D\uDE00!")).isEqualTo("?ód? ?!");
        assertThat(BoardFont.printable("tab\tnul\u0000")).isEqualTo("tab nul ");
        assertThat(BoardFont.printable(null)).isEmpty();
    }

    @Test
    void widthsComeFromHelveticaMetrics() {
        // Helvetica's advance widths: "i" is 222/1000 em, "m" 833/1000 em, a bold "i" 278/1000 em.
        assertThat(BoardFont.REGULAR.width("i", 10)).isCloseTo(2.22, offset(1e-6));
        assertThat(BoardFont.REGULAR.width("m", 10)).isCloseTo(8.33, offset(1e-6));
        assertThat(BoardFont.BOLD.width("i", 10)).isCloseTo(2.78, offset(1e-6));
    }
}

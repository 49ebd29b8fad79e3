package dk.kernebot.cards;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CardTextTest {

    @Test
    void shortTextIsLeftAsItIs() {
        assertThat(CardText.shorten("Legeplads", 9)).isEqualTo("Legeplads");
        assertThat(CardText.shorten(null, 5)).isNull();
    }

    @Test
    void longTextEndsInAnEllipsisWithinTheLimit() {
        assertThat(CardText.shorten("Forældresamarbejde", 8)).isEqualTo("Forældr…").hasSize(8);
    }

    @Test
    void anEmojiIsNeverCutInHalf() {
        String text = "Tur i skoven 🌲🌲 i morgen";
        // The limit falls between the two halves of the first tree's surrogate pair.
        int inside = text.indexOf("🌲") + 2;
        String shortened = CardText.shorten(text, inside);

        assertThat(shortened).endsWith("…").hasSizeLessThanOrEqualTo(inside);
        assertThat(shortened.chars().noneMatch(c -> Character.isSurrogate((char) c))).isTrue();
        assertThat(shortened).isEqualTo("Tur i skoven …");
    }
}

package dk.kernebot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CprNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "010190-1234", "0101901234", "010190 1234", "010190\u20131234",
            "Barnet har cpr 231019-4421, og hun er glad",
            "(311299-0001)", "cpr.nr.:2902001234", "290204-1234",
            "første linje\n150315-9999"})
    void numbersThatLookLikeCprAreFound(String text) {
        assertThat(CprNumbers.containsCpr(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "Vi leger mere med de små", "ring på 12 34 56 78", "12345678", "kl. 10.30-11.45",
            "320190-1234", "011390-1234", "310490-1234", "290201-1234", "000190-1234", "010090-1234",
            "10101901234", "01019012345", "010190-12345", "1010190-1234",
            "010190--1234", "010190  1234", "2027-03-01", "1/3-2027",
            "5b010190-12345-4abc"})
    void otherNumbersAreNot(String text) {
        assertThat(CprNumbers.containsCpr(text)).as(text).isFalse();
    }

    @Test
    void nullIsNotOne() {
        assertThat(CprNumbers.containsCpr(null)).isFalse();
    }

    @Test
    void aHugeRunOfDigitsIsReadInOnePass() {
        String digits = "1".repeat(2_000_000) + " 010190-1234";
        assertThat(CprNumbers.containsCpr(digits)).isTrue();
        assertThat(CprNumbers.containsCpr("0101901234-".repeat(1) + "9".repeat(3_000_000))).isTrue();
    }
}

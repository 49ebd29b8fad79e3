package dk.kernebot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TyposTest {

    @Test
    void countsLeftOutAddedChangedAndSwappedLettersAsOneMistakeEach() {
        assertThat(Typos.distance("hjlp", "hjælp")).isEqualTo(1);
        assertThat(Typos.distance("hjælpp", "hjælp")).isEqualTo(1);
        assertThat(Typos.distance("hjælo", "hjælp")).isEqualTo(1);
        assertThat(Typos.distance("hlep", "help")).isEqualTo(1);
        assertThat(Typos.distance("start kerneopgve", "start kerneopgave")).isEqualTo(1);
        assertThat(Typos.distance("kaffe", "kort")).isEqualTo(4);
        assertThat(Typos.distance("", "kort")).isEqualTo(4);
    }

    @Test
    void longerKeywordsMayCarryMoreMistakes() {
        assertThat(Typos.allowedFor("kort")).isEqualTo(1);
        assertThat(Typos.allowedFor("hjælp")).isEqualTo(2);
        assertThat(Typos.allowedFor("start kerneopgave")).isEqualTo(3);
    }
}

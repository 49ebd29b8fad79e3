package dk.kernebot.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RankingTest {

    private static Entry entry(String id, long createdAt) {
        return new Entry(id, "s", "bobler", "u", "U", "tekst " + id, "INSTITUTION", null, null, null, null, null, false, "ACTIVE",
                createdAt, createdAt);
    }

    @Test
    void mostVotesFirstEqualVotesShareARankAndUnvotedHaveNone() {
        Entry a = entry("a", 1);
        Entry b = entry("b", 2);
        Entry c = entry("c", 3);
        Entry d = entry("d", 4);
        Map<String, Integer> votes = Map.of("b", 3, "c", 3, "a", 1);

        List<Entry> ranked = Ranking.rank(List.of(a, b, c, d), votes);

        assertThat(ranked).containsExactly(b, c, a, d);
        assertThat(Ranking.rankOf(ranked, votes, b)).isEqualTo(1);
        assertThat(Ranking.rankOf(ranked, votes, c)).isEqualTo(1);
        assertThat(Ranking.rankOf(ranked, votes, a)).isEqualTo(3);
        assertThat(Ranking.rankOf(ranked, votes, d)).isNull();
    }
}
